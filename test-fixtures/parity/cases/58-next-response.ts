// A route handler sending the server's own key to the client.
import { NextResponse } from 'next/server';

export function GET() {
  return NextResponse.json({ key: process.env.LMIF_API_KEY }); // expect: no-logged-credential high
}
