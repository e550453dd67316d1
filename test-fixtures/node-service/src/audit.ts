export function audit(event: string, details: unknown) {
  console.log('[audit]', event, details); // leak: a caller passes credentials (routes.ts traced())
}
