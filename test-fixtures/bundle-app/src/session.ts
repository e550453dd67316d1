// VITE_SESSION_TOKEN is `${SESSION_SECRET}` in .env: a server-only value of no known format, inlined
// through a public name.
export async function openSession(api: string): Promise<Response> {
  const token = import.meta.env.VITE_SESSION_TOKEN;
  return fetch(`${api}/session`, { headers: { 'x-session': token } });
}
