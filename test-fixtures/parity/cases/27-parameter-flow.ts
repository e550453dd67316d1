// The secret is passed to a local helper that logs its parameter.
function debugLog(value: unknown) {
  console.log('debug', value); // expect: no-logged-credential high
}
debugLog(process.env.LMIF_API_KEY);
