// A thrown error's message ends up in logs and error reports.
export function check(status: number) {
  const apiKey = process.env.LMIF_API_KEY;
  if (status === 401) throw new Error(`LMIF rejected ${apiKey}`); // expect: no-logged-credential high
}
