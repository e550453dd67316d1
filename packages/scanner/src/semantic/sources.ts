// Which files the semantic pass reads, and a cheap test of whether one can hold anything it reports: every
// semantic finding starts at a source (an env read, a key literal, a credential header, a key-named value, an
// HTTP client or request logger), so a file with none of these words is skipped without loading TypeScript.

const CODE = /\.(?:[cm]?[jt]sx?)$/;
const SOURCE_WORDS =
  /process\.env|import\.meta\.env|authoriz|api[-_]?key|cookie|token|secret|passw|credential|headers|axios|morgan|pino|_live_|_test_/i;

/** A code file the semantic pass parses (not a declaration file, not a dependency). */
export function isSemanticSource(file: string): boolean {
  return CODE.test(file) && !file.endsWith('.d.ts') && !file.includes('node_modules/');
}

/** Whether a code file's text can hold a semantic finding; `hasKey` when the text scan found a key in it. */
export function mayHoldSemanticFindings(text: string, hasKey: boolean): boolean {
  return hasKey || SOURCE_WORDS.test(text);
}
