// Every finding of the engine starts at a source whose words show in the text: a key the text scan found, an env
// read, a header, a name judged a credential, an HTTP client or request logger, an SDK option, string literals
// joined with `+` (a split key), a handler's whole request or event. A module with none
// of them cannot hold a finding, so front ends may skip parsing it (staged files) or analysing it (ESLint).
// The list must stay a superset of what the sources look for: a test runs it over the parity corpus.
const SOURCE_WORDS =
  /['"`]\s*\+\s*['"`]|process\.env|import\.meta\.env|\$env\/|auth|passw|pwd|passphrase|secret|token|credential|bearer|cookie|api[-_]?key|key\b|headers|axios|morgan|pino|dangerouslyAllowBrowser|Stripe|createBrowserClient|\b(?:req|request|event|ctx)\b/i;

/** Whether a module's text can hold an engine finding; `hasKeys` when the text scan found a key in it. */
export function mayHoldFindings(text: string, hasKeys: boolean): boolean {
  return hasKeys || SOURCE_WORDS.test(text);
}
