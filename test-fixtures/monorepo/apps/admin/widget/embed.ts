// The build input of apps/admin: browser code though nothing imports it and it sits outside src/.
export const embedKey = process.env.LMIF_API_KEY; // leak: a server secret in a Vite build input
export const embedHost = process.env.EMBED_HOST; // ok
