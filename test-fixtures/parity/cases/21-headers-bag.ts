// Any request config's .headers bag can carry Authorization: judged by shape alone, medium.
export function logRequest(config: { url: string; headers: Record<string, string> }) {
  console.log(config.url);
  console.log(config.headers); // expect: no-logged-credential medium
}
