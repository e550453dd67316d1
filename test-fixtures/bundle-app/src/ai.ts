// A secret key behind a public prefix: the bundler copies its value into the bundle.
export async function askAssistant(prompt: string): Promise<Response> {
  return fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + import.meta.env.VITE_OPENAI_API_KEY },
    body: JSON.stringify({ prompt }),
  });
}
