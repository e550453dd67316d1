// A module that uses window is browser code.
export function boot() {
  window.localStorage.setItem('booted', '1');
  return process.env.LMIF_API_KEY; // expect: no-client-side-key high
}
