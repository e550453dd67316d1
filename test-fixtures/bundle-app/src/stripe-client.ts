export function loadStripe(publishableKey: string) {
  return { redirect: () => console.info('redirecting with', publishableKey.slice(0, 7)) };
}
