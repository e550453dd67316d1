// A key split across literals is still a key.
export const key = '%LMIF_LIVE_HEAD%' + '%LMIF_LIVE_TAIL%'; // expect: no-hardcoded-key high
