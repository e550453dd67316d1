import { keystoreFinding, type Finding } from '@keyward/core';
import type { FileScanContext } from './scan-file.js';
import { addSkip, type ScanStats } from './stats.js';

// The per-file check of a binary file, for `scan`, `staged` and `history` alike: the text scan cannot read one,
// but a PKCS#12 keystore (`.p12`, `.pfx`) is a committed private key whatever its name. Any other binary file is
// counted as skipped, as before.

/** A keystore finding for binary `bytes`, or a 'binary' skip; never throws on garbage. */
export function checkBinary(
  bytes: Uint8Array,
  relative: string,
  context: FileScanContext,
  stats: ScanStats,
): Finding[] {
  const finding = keystoreFinding(bytes, { file: relative, disabled: context.disabled });
  if (!finding) {
    addSkip(stats, 'binary', relative);
    return [];
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  return [finding];
}
