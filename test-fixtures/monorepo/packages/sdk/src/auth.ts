export function authHeader(key: string | undefined) {
  return { Authorization: `Bearer ${key ?? ''}` };
}
