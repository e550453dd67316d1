// A flag about a token is not the token: not a finding.
export function report(hasToken: boolean, showSecrets: boolean) {
  console.log('token present:', hasToken, showSecrets);
}
