/** Why a file was not scanned; each reason is counted in the summary. */
export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'generated'
  | 'minified-vendor'
  | 'unreadable'
  | 'not-a-file'
  | 'symlink'
  /** Keyward's own SARIF/JSON report or baseline: it quotes the catalog, and the findings it records. */
  | 'own-report';

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  skipped: Record<SkipReason, number>;
  /** Files git ignores that were scanned because a path naming them was given (`keyward scan dist`). */
  namedIgnored: number;
  /** Git-ignored `.env*` files checked only for public-prefixed secret names (they are inlined into bundles). */
  ignoredEnvChecked: number;
  /** A few example paths per skip reason, for `--verbose` style notes. */
  notes: string[];
  durationMs: number;
}

export function emptyStats(): ScanStats {
  return {
    filesScanned: 0,
    bytesScanned: 0,
    skipped: {
      binary: 0,
      'too-large': 0,
      generated: 0,
      'minified-vendor': 0,
      unreadable: 0,
      'not-a-file': 0,
      symlink: 0,
      'own-report': 0,
    },
    namedIgnored: 0,
    ignoredEnvChecked: 0,
    notes: [],
    durationMs: 0,
  };
}

const MAX_NOTES = 50;

export function addSkip(stats: ScanStats, reason: SkipReason, file: string, detail?: string): void {
  stats.skipped[reason]++;
  if (stats.notes.length < MAX_NOTES) stats.notes.push(`${file}: skipped (${reason}${detail ? `: ${detail}` : ''})`);
}

export function mergeStats(into: ScanStats, from: ScanStats): void {
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.namedIgnored += from.namedIgnored;
  into.ignoredEnvChecked += from.ignoredEnvChecked;
  for (const key of Object.keys(into.skipped) as SkipReason[]) into.skipped[key] += from.skipped[key];
  for (const note of from.notes) if (into.notes.length < MAX_NOTES) into.notes.push(note);
}

export function totalSkipped(stats: ScanStats): number {
  return Object.values(stats.skipped).reduce((sum, count) => sum + count, 0);
}
