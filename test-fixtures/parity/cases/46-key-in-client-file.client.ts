// A *.client.* module is browser code: a hardcoded key in it is public.
export const lmif = { key: '%LMIF_LIVE%' }; // expect: no-hardcoded-key high, no-client-side-key high
