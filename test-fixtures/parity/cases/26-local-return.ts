// A local function returns the secret.
function lmifKey() {
  return process.env.LMIF_API_KEY;
}
console.log(lmifKey()); // expect: no-logged-credential high
