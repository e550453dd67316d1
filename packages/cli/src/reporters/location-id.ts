import { sha256Hex, type Finding } from '@keyward/core';

/**
 * One id per finding that tells apart the same key in two files, or twice in one file: SHA-256 of the finding's
 * fingerprint (rule and secret), its file and which occurrence of that fingerprint in that file it is. No line
 * number, so the id survives code moving within the file; code scanning and GitLab key their alerts on it.
 */
export function locationIds(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.fingerprint}\0${finding.file}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return sha256Hex(`keyward-location/v1\0${key}\0${occurrence}`);
  });
}
