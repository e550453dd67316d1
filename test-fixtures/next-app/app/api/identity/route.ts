import { headers } from 'next/headers';

export async function GET(request: Request) {
  const auth = (await headers()).get('authorization');
  console.log('identity check', auth); // leak: the incoming Authorization header
  console.log('identity check from', request.headers.get('user-agent')); // ok
  return Response.json({ ok: true, auth: request.headers.get('authorization') }); // leak: echoes the credential
}
