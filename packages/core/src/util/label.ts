import { builtInCatalog } from '../catalog.js';
import { scanText } from '../scan.js';
import { redact } from './redact.js';

// Finding labels and trace steps are built from names (identifiers, property names, call names), never from
// source text: an expression's text can hold the very key the finding is about (`getClient('sk_live_…').apiKey`).
// Both flow engines (ESLint and the scanner) render expressions through these helpers.

/** Identifier- or header-shaped: `apiKey`, `x-api-key`, `$client`, `_token`. */
const NAME = /^[A-Za-z_$][\w$-]{0,47}$/;

/**
 * A name as it may appear in a label: returned as is when it is shaped like a name and holds no key the
 * built-in catalog knows; anything else (a quoted value used as a key, `obj['sk_live_…']`) becomes `…`.
 */
export function labelName(name: string): string {
  return NAME.test(name) && scanText(name, { catalog: builtInCatalog(), fileKind: 'other' }).length === 0 ? name : '…';
}

/** The longest label an expression is rendered to; longer chains keep their last segments (`….data.headers`). */
export const MAX_LABEL = 48;

/**
 * Joins the pieces of a member chain, each with its own separator (`['getClient(…)', '.apiKey']` →
 * `getClient(…).apiKey`), keeping the last pieces within `max` characters (`….data.headers`).
 */
export function joinLabel(pieces: readonly string[], max = MAX_LABEL): string {
  let label = '';
  for (let i = pieces.length - 1; i >= 0; i--) {
    const next = pieces[i]! + label;
    if (next.length > max && label !== '') return `…${label}`;
    label = next;
  }
  return label.length > max ? '…' : label;
}

/**
 * `text` with every key the built-in catalog finds in it shown redacted: for messages that quote text the tool
 * does not control (an unexpected error from a library), as a last line of defence.
 */
export function redactKeys(text: string): string {
  const matches = scanText(text, { catalog: builtInCatalog(), fileKind: 'other', keepSuppressed: true });
  let out = text;
  for (const match of [...matches].sort((a, b) => b.start - a.start))
    out = out.slice(0, match.start) + redact(match.secret, match.detector.prefixLength ?? 0) + out.slice(match.end);
  return out;
}
