/** Shannon entropy in bits per character. */
const asciiCounts = new Uint32Array(128);

export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  if (isAscii(text)) return asciiEntropy(text);
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of lower case, upper case, digits and other characters the text uses. */
export function characterClasses(text: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** The same sum over a reused count table: the hot path of the generic detector. */
function asciiEntropy(text: string): number {
  asciiCounts.fill(0);
  for (let i = 0; i < text.length; i++) asciiCounts[text.charCodeAt(i)]!++;
  let bits = 0;
  for (let c = 0; c < 128; c++) {
    const count = asciiCounts[c]!;
    if (count === 0) continue;
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
