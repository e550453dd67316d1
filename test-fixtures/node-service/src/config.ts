export const LMIF_KEY = process.env.LMIF_API_KEY;
export const PORT = Number(process.env.PORT ?? 3000);
export const settings = { apiKey: process.env.LMIF_API_KEY ?? '', region: 'eu-west-1' };
