export function debugLog(label: string, value: unknown) {
  console.log(`[acme] ${label}`, value); // leak: the server passes the Authorization header here
}
