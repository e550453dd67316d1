'use client';
import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env.NEXT_PUBLIC_LUMENFALL_KEY,
  baseURL: 'https://api.lumenfall.ai/openai/v1',
  dangerouslyAllowBrowser: true,
});

export async function ask(prompt: string) {
  return client.chat.completions.create({ model: 'lumen-1', messages: [{ role: 'user', content: prompt }] });
}
