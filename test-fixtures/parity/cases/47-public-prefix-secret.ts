// A secret behind a public prefix is inlined into the bundle wherever it is read.
export const openaiKey = process.env.NEXT_PUBLIC_OPENAI_SECRET_KEY; // expect: no-public-env-secret high
