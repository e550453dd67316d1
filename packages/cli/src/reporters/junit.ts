import type { Finding } from '@keyward/core';
import type { Report } from './index.js';
import { findingHelp } from './help.js';
import { xmlText as x } from './xml.js';

// JUnit XML, as CI test-report views read it (GitLab's `artifacts:reports:junit`, Jenkins, Azure): one test
// case per finding, failed, named by rule and place; a clean scan is one passing case, so the view is not empty.

export function junitReport(report: Report): string {
  const seconds = (report.stats.durationMs / 1000).toFixed(3);
  const failures = report.findings.length;
  const cases = failures
    ? report.findings.map(testCase)
    : [`    <testcase name="no secrets found" classname="keyward" time="${seconds}"/>`];
  const tests = Math.max(failures, 1);
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keyward" ${counts} time="${seconds}">`,
    `  <testsuite name="keyward" ${counts} skipped="0" time="${seconds}">`,
    ...cases,
    ...(report.notice ? [`    <system-out>${x(report.notice)}</system-out>`] : []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(finding: Finding): string {
  const rule = finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId;
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const live = finding.verification?.status === 'live';
  const message = live ? `Live key (verified): revoke it now. ${finding.message}` : finding.message;
  const help = findingHelp(finding);
  const body = [
    `${where} ${finding.severity} ${rule}`,
    message,
    ...(finding.commit ? [`commit ${finding.commit}`] : []),
    ...(finding.trace ?? []).map((step) => `${step.file}:${step.line} ${step.label}`),
    ...(help ? [`fix: ${help}`] : []),
  ].join('\n');
  return [
    `    <testcase name="${x(`${rule} at ${where}`)}" classname="${x(finding.file)}" file="${x(finding.file)}" line="${finding.line}" time="0">`,
    `      <failure type="${x(rule)}" message="${x(message)}">${x(body, true)}</failure>`,
    '    </testcase>',
  ].join('\n');
}
