export const LMIF_KEY = process.env.LMIF_API_KEY;
export const PORT = Number(process.env.PORT ?? 3000);
