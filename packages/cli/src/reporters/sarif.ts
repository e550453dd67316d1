import { pathToFileURL } from 'node:url';
import {
  binaryDetectors,
  detectors,
  helpFor,
  matchConfidence,
  rules,
  type Confidence,
  type Finding,
  type Severity,
  type TraceStep,
} from '@keyward/core';
import type { Report } from './index.js';
import { pkg } from '../version.js';
import { locationIds } from './location-id.js';

// SARIF 2.1.0 as GitHub code scanning reads it: one reportingDescriptor per rule and per detector,
// results with partialFingerprints, URIs relative to %SRCROOT% (the scan root).

const DOCS = `${(pkg.homepage ?? 'https://github.com/keyward-dev/keyward').replace(/#.*$/, '')}/blob/main/docs`;
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.5', medium: '5.5', low: '3.0' };
/** SARIF `precision` of a detector: checksum-valid keys are `very-high`, provider shapes `high`, generic `medium`. */
const PRECISION: Record<Confidence, string> = { high: 'very-high', medium: 'high', low: 'medium' };

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

/** Hardcoded keys get one SARIF rule per detector (`no-hardcoded-key/lmif-live-key`); other rules one each. */
export function sarifId(finding: Pick<Finding, 'ruleId' | 'detectorId'>): string {
  return finding.ruleId === 'no-hardcoded-key' && finding.detectorId
    ? `${finding.ruleId}/${finding.detectorId}`
    : finding.ruleId;
}

/**
 * The rules, and a descriptor for each detector the findings use: listing all 800+ detectors made a report of
 * one finding 1.4 MB, and SARIF consumers need descriptors only for the rules results point at.
 */
function descriptors(used: ReadonlySet<string>): Descriptor[] {
  const ruleDescriptors = rules.map((rule) => ({
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: rule.help, markdown: `${rule.help}\n\n[Rule documentation](${DOCS}/rules/${rule.id}.md)` },
    helpUri: `${DOCS}/rules/${rule.id}.md`,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'secrets', rule.category],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  }));
  const detectorDescriptors = [...detectors, ...binaryDetectors]
    .filter((detector) => used.has(detector.id))
    .map((detector) => ({
      id: `no-hardcoded-key/${detector.id}`,
      name: pascal(`no-hardcoded-${detector.id}`),
      shortDescription: { text: `Hardcoded ${detector.title}` },
      fullDescription: { text: `${detector.title}: ${stripMarkdown(detector.matches)}.` },
      help: {
        text: helpFor(detector),
        markdown: `${helpFor(detector)}\n\nMatches ${detector.matches}.\n\n[Detector catalog](${DOCS}/detectors.md#${detector.id}) · [Revoking keys, by vendor](${DOCS}/remediation.md)`,
      },
      helpUri: `${DOCS}/detectors.md#${detector.id}`,
      defaultConfiguration: { level: LEVEL[detector.severity] },
      properties: {
        tags: ['security', 'secrets', 'hardcoded-key', detector.provider.toLowerCase()],
        precision: PRECISION[matchConfidence(detector)],
        'security-severity': SECURITY_SEVERITY[detector.severity],
      },
    }));
  return [...ruleDescriptors, ...detectorDescriptors];
}

export function sarifReport(report: Report): string {
  const ruleList = descriptors(new Set(report.findings.map((finding) => finding.detectorId ?? '')));
  const known = new Set(ruleList.map((rule) => rule.id));
  // custom detectors from config get a descriptor of their own
  for (const finding of report.findings) {
    const id = sarifId(finding);
    if (!known.has(id)) {
      known.add(id);
      ruleList.push({
        id,
        name: pascal(id),
        shortDescription: { text: `Custom detector ${finding.detectorId ?? id}` },
        fullDescription: { text: `Custom detector ${finding.detectorId ?? id} from the keyward config.` },
        help: {
          text: 'Move the value to an environment variable or secrets manager.',
          markdown: 'Move the value to an environment variable or secrets manager.',
        },
        helpUri: `${DOCS}/configuration.md`,
        defaultConfiguration: { level: LEVEL[finding.severity] },
        properties: {
          tags: ['security', 'secrets', 'custom'],
          precision: 'medium',
          'security-severity': SECURITY_SEVERITY[finding.severity],
        },
      });
    }
  }
  const index = new Map(ruleList.map((rule, i) => [rule.id, i]));
  const ids = locationIds(report.findings);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'keyward',
            semanticVersion: pkg.version,
            version: pkg.version,
            informationUri: pkg.homepage ?? 'https://github.com/keyward-dev/keyward',
            rules: ruleList,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(report.root.endsWith('/') ? report.root : `${report.root}/`).href },
        },
        columnKind: 'utf16CodeUnits',
        ...(report.notice
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [{ level: 'note', message: { text: report.notice } }],
                },
              ],
            }
          : {}),
        results: report.findings.map((finding, i) => result(finding, index.get(sarifId(finding))!, ids[i]!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A key its vendor confirmed live is an incident: the highest level and security severity, and it says so first. */
const LIVE_SECURITY_SEVERITY = '9.8';

function result(finding: Finding, ruleIndex: number, locationId: string) {
  const live = finding.verification?.status === 'live';
  return {
    ruleId: sarifId(finding),
    ruleIndex,
    level: live ? 'error' : LEVEL[finding.severity],
    message: { text: messageText(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    ...(finding.origin ? { relatedLocations: [originLocation(finding.origin)] } : {}),
    ...(finding.trace?.length ? { codeFlows: [codeFlow(finding.trace)] } : {}),
    // the location is part of it: the same key in four files is four alerts, not one
    partialFingerprints: { 'keywardLocation/v1': locationId },
    properties: {
      fingerprint: finding.fingerprint,
      category: finding.category,
      redacted: finding.redacted,
      ...(finding.confidence ? { confidence: finding.confidence } : {}),
      ...(finding.commit ? { commit: finding.commit } : {}),
      ...(finding.verification ? { verification: finding.verification } : {}),
      ...(live ? { 'security-severity': LIVE_SECURITY_SEVERITY } : {}),
    },
  };
}

function messageText(finding: Finding): string {
  // a key its vendor confirmed live is an incident: the message says so first
  const message =
    finding.verification?.status === 'live'
      ? `Live key (verified): revoke it now. ${finding.message}`
      : finding.message;
  // the path is in codeFlows, never in the message; `[label](1)` links to relatedLocations[id 1], so code
  // scanning shows the original source line of a bundle hit as a link
  return finding.origin ? `${message} From [${originText(finding.origin)}](1).` : message;
}

function originText(origin: NonNullable<Finding['origin']>): string {
  const where = `${origin.file}:${origin.line}`;
  return (origin.read ? `${where} (${origin.read})` : where).replace(/[[\]\\]/g, '\\$&');
}

/** Where a bundle hit came from, through the source map: a location relative to the scan root. */
function originLocation(origin: NonNullable<Finding['origin']>) {
  return {
    id: 1,
    physicalLocation: {
      artifactLocation: { uri: origin.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      region: { startLine: origin.line, startColumn: origin.column },
    },
    message: { text: origin.read ? `the source of this value: ${origin.read}` : 'the source of this value' },
  };
}

/** A finding's path as a SARIF code flow: source (or client entry) → … → sink, one location per step. */
function codeFlow(trace: readonly TraceStep[]) {
  const locations = trace.map((step) => ({
    location: {
      physicalLocation: {
        artifactLocation: { uri: step.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
        region: { startLine: step.line, startColumn: step.column },
      },
      message: { text: step.label },
    },
  }));
  return { threadFlows: [{ locations }] };
}

function pascal(id: string): string {
  return id.replace(/(^|[-/])([a-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());
}

function stripMarkdown(text: string): string {
  return text.replace(/`/g, '');
}
