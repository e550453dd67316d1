// Not imported by any client module: reading the secret here is fine.
export const key = process.env.LMIF_API_KEY; // ok: no client module imports it
