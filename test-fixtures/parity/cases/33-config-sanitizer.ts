// `scrub` is a sanitizer only because keyward.config.json names it (without that, its value flows through).
function scrub<T>(value: T): T {
  return value;
}

const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };
console.log(scrub(headers));
