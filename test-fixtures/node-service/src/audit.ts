export function audit(event: string, details: unknown) {
  console.log('[audit]', event, details);
}
