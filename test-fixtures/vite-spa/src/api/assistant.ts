import OpenAI from 'openai';

// The OpenAI SDK refuses to run in the browser unless told to: that escape hatch ships the key to every visitor.
export const assistant = new OpenAI({ baseURL: '/api/openai', dangerouslyAllowBrowser: true }); // leak: the SDK escape hatch
export const proxied = new OpenAI({ baseURL: '/api/openai', apiKey: 'unused', dangerouslyAllowBrowser: false }); // ok: not enabled
