import { LMIFClient } from '@lookmaimfamous/lmif';

// TODO: read from the environment before launch
const LMIF_KEY = "lmif_live_WK59PFkl0JfI2yyVlbPegBPrUhRZdsvD";

export const lmif = new LMIFClient({ apiKey: LMIF_KEY });

export async function checkIdentity(name: string, imageUrl: string) {
  return lmif.identity.check({ name, imageUrl });
}
