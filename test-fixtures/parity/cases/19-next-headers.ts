// next/headers: the incoming Authorization header in a route handler.
import { headers } from 'next/headers';

export async function GET() {
  const auth = (await headers()).get('authorization');
  console.log('auth', auth); // expect: no-logged-credential high
  return new Response('ok');
}
