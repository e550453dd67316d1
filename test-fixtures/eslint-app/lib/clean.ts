// Reads keys on the server and logs only what is safe.
export function lmifHeaders() {
  return { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };
}

export function describe(url: string) {
  console.log('calling', url, 'with key lmif_live_xxx from the docs');
}
