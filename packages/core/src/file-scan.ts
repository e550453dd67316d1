import type { Detector, SecretMatch } from './types.js';
import type { Catalog, KeywordHits } from './catalog.js';
import { looksMinified } from './file-kind.js';
import { scanText } from './scan.js';

// The text scan of one file as every front end runs it (`keyward scan`, `staged`, `history`, ESLint), so a
// file gives the same key matches wherever it is scanned.

const VENDOR_DIR = /(?:^|\/)(?:node_modules|vendor|vendors|bower_components|third_party|third-party|jspm_packages)\//;

export interface FileTextScan {
  readonly matches: SecretMatch[];
  /** Minified JS or CSS: only high-confidence detectors ran, and the flow engine leaves it alone. */
  readonly minified: boolean;
  /** Set when the file was not scanned: minified code in a vendor directory. */
  readonly skipped?: 'minified-vendor';
}

export interface FileTextScanOptions {
  readonly catalog: Catalog;
  readonly allow?: ((detector: Detector, secret: string) => boolean) | undefined;
  /** The prefilter's hits in this text, when the caller has them already (found in the file's bytes). */
  readonly hits?: KeywordHits | undefined;
}

/** Key matches of one file's text; `path` (relative, forward slashes) decides the file kind and the vendor skip. */
export function scanFileText(text: string, path: string, options: FileTextScanOptions): FileTextScan {
  const minified = /\.(?:[cm]?js|css)$/.test(path) && looksMinified(text);
  if (minified && VENDOR_DIR.test(path)) return { matches: [], minified, skipped: 'minified-vendor' };
  const matches = scanText(text, {
    path,
    catalog: options.catalog,
    minified,
    ...(options.allow ? { allow: options.allow } : {}),
    ...(options.hits ? { hits: options.hits } : {}),
  });
  return { matches, minified };
}

/**
 * What `scanFileText` gives an ASCII file in which the prefilter found no keyword, judged from its bytes
 * without making its text: no match, and the minified-vendor skip as its text would get it.
 */
export function scanQuietAscii(bytes: Uint8Array, path: string): FileTextScan {
  const minified = /\.(?:[cm]?js|css)$/.test(path) && looksMinified(bytes);
  if (minified && VENDOR_DIR.test(path)) return { matches: [], minified, skipped: 'minified-vendor' };
  return { matches: [], minified };
}
