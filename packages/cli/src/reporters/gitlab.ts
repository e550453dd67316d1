import { rules, type Finding, type Severity } from '@keyward/core';
import type { Report } from './index.js';
import { detectorOf, findingHelp } from './help.js';
import { locationIds } from './location-id.js';
import { pkg } from '../version.js';

// GitLab's secret-detection report (`artifacts:reports:secret_detection`), which merge requests and the
// vulnerability report show. Fields as GitLab's security report schemas document them (secret detection,
// version 15): no source extract, since it would hold the secret.

const SCHEMA_VERSION = '15.0.7';
/** The commit GitLab's own analyzer reports for a finding in the working tree rather than in a past commit. */
const NO_COMMIT = '0000000';
const SEVERITY: Record<Severity, 'High' | 'Medium' | 'Low'> = { high: 'High', medium: 'Medium', low: 'Low' };
const DOCS = `${(pkg.homepage ?? 'https://github.com/keyward-dev/keyward').replace(/#.*$/, '')}/blob/main/docs`;
const scanner = {
  id: 'keyward',
  name: 'Keyward',
  version: pkg.version,
  vendor: { name: 'Keyward' },
  url: pkg.homepage ?? 'https://github.com/keyward-dev/keyward',
};

export function gitlabReport(report: Report): string {
  const ids = locationIds(report.findings);
  const end = new Date();
  const start = new Date(end.getTime() - report.stats.durationMs);
  const log = {
    version: SCHEMA_VERSION,
    vulnerabilities: report.findings.map((finding, i) => vulnerability(finding, ids[i]!)),
    scan: {
      analyzer: scanner,
      scanner,
      type: 'secret_detection',
      start_time: timestamp(start),
      end_time: timestamp(end),
      status: 'success',
      ...(report.notice ? { messages: [{ level: 'info', value: report.notice }] } : {}),
    },
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function vulnerability(finding: Finding, id: string) {
  const rule = finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId;
  const live = finding.verification?.status === 'live';
  const detector = detectorOf(finding);
  const meta = rules.find((entry) => entry.id === finding.ruleId);
  const description = live ? `Live key (verified): revoke it now. ${finding.message}` : finding.message;
  return {
    id: uuid(id),
    name: clip(title(finding, detector?.title, meta?.description ?? rule), 255),
    description: clip(description, 1_048_576),
    severity: live ? 'Critical' : SEVERITY[finding.severity],
    solution: clip(findingHelp(finding) ?? meta?.help ?? 'Remove the secret and rotate it.', 7000),
    identifiers: [
      {
        type: 'keyward_rule_id',
        name: `keyward ${rule}`,
        value: rule,
        url: detector ? `${DOCS}/detectors.md#${detector.id}` : `${DOCS}/rules/${finding.ruleId}.md`,
      },
    ],
    location: {
      file: finding.file,
      start_line: finding.line,
      end_line: finding.endLine,
      commit: { sha: finding.commit ?? NO_COMMIT },
    },
  };
}

/** `Hardcoded LMIF production API key`, `LMIF production API key in client-side code`, `.env files that git tracks…`. */
function title(finding: Finding, detector: string | undefined, description: string): string {
  if (detector && finding.ruleId === 'no-hardcoded-key') return `Hardcoded ${detector}`;
  if (detector) return `${detector} (${finding.ruleId})`;
  const said = description.replace(/^(Disallow|Require|Enforce) /, '');
  return `${said[0]!.toUpperCase()}${said.slice(1)}`;
}

/** `2026-12-02T05:14:19`: the schema's date-time pattern (UTC, no fraction, no zone). */
function timestamp(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A location id as a UUID-shaped string (GitLab keys a vulnerability on `id`). */
function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
