'use client';
// An SDK escape hatch that ships the key to the browser.
import OpenAI from 'openai';

export const client = new OpenAI({
  apiKey: process.env.NEXT_PUBLIC_OPENAI_KEY, // expect: no-public-env-secret high
  dangerouslyAllowBrowser: true, // expect: no-browser-sdk-secret high
});
