// Object.assign copies the key into the logged object.
const settings: Record<string, unknown> = {};
Object.assign(settings, { key: process.env.LMIF_API_KEY });
console.log(settings); // expect: no-logged-credential high
