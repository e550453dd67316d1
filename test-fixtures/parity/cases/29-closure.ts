// A closure captures the secret.
const key = process.env.LMIF_API_KEY;
export const onError = () => console.error('failed with', key); // expect: no-logged-credential high
