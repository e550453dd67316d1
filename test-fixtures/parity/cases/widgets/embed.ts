// keyward.config.json lists widgets/** as client entries.
export const widgetKey = process.env.LMIF_API_KEY; // expect: no-client-side-key high
