// Fake keys of each verified detector, assembled at run time (never literals in the repository), with the
// context their verifier needs for a certain attribution.
import { base62, crc32 } from '../../packages/core/dist/index.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64URL = `${ALNUM}-_`;

/** A seeded generator (xorshift), so every run builds the same tree; no run of 3 equal characters. */
export function generator(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return (length, alphabet = ALNUM) => {
    let out = '';
    while (out.length < length) {
      const c = alphabet[Math.floor(next() * alphabet.length)];
      if (!out.endsWith(c + c)) out += c;
    }
    return out;
  };
}

const withCrc = (c, prefix) => {
  const body = c(30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
};
const inCode = (name, key) => `export const ${name} = "${key}";\n`;

/** File text holding one key, by verifier id. */
export const KEY_FILES = {
  lensmor: (c) => inCode('lensmor', `uak_${c(8)}_${c(32)}`),
  laminr: (c) => `// Laminr client\nexport const laminr = { 'x-api-key': 'sk_live_${c(32)}' };\n`,
  lumenfall: (c) => inCode('lumenfall', `lmnfl_${c(8, LOWER + DIGITS)}.${c(32)}`),
  aws: (c) =>
    `aws_access_key_id = AKIA${c(16, `${UPPER}234567`)}\naws_secret_access_key = ${c(20)}${c(20, `${ALNUM}/+`)}\n`,
  github: (c) => inCode('token', withCrc(c, 'ghp_')),
  gitlab: (c) => inCode('token', `glpat-${c(20, B64URL)}`),
  npm: (c) => inCode('token', withCrc(c, 'npm_')),
  stripe: (c) => inCode('stripeKey', `rk_live_${c(32)}`),
  anthropic: (c) => inCode('anthropic', `sk-ant-api03-${c(93, B64URL)}AA`),
  huggingface: (c) => inCode('hf', `hf_${c(34, UPPER + LOWER)}`),
  groq: (c) => inCode('groq', `gsk_${c(52)}`),
  replicate: (c) => inCode('replicate', `r8_${c(37)}`),
  xai: (c) => inCode('xai', `xai-${c(80)}`),
  openrouter: (c) => inCode('openrouter', `sk-or-v1-${c(64, HEX)}`),
  slack: (c) => inCode('slack', `xoxb-${c(11, DIGITS)}-${c(12, DIGITS)}-${c(24)}`),
  sendgrid: (c) => inCode('sendgrid', `SG.${c(22, B64URL)}.${c(43, B64URL)}`),
  mailgun: (c) => `const mailgun = mg.client({ key: 'key-${c(32, HEX)}' });\n`,
  mailchimp: (c) => inCode('mailchimp', `${c(32, HEX)}-us${c(1, '123456789')}`),
  resend: (c) => inCode('resend', `re_${c(8)}_${c(24)}`),
  shopify: (c) => `const shop = "bench-${c(6, LOWER)}.myshopify.com";\n${inCode('token', `shpat_${c(32, HEX)}`)}`,
  telegram: (c) => inCode('telegram', `${c(10, DIGITS)}:AA${c(33, B64URL)}`),
  digitalocean: (c) => inCode('digitalocean', `dop_v1_${c(64, HEX)}`),
  heroku: (c) => inCode('heroku', `HRKU-${c(60, B64URL)}`),
  pulumi: (c) => inCode('pulumi', `pul-${c(40, HEX)}`),
  circleci: (c) => inCode('circleci', `CCIPAT_${c(22)}_${c(40, HEX)}`),
  buildkite: (c) => inCode('buildkite', `bkua_${c(40, HEX)}`),
  newrelic: (c) => inCode('newrelic', `NRAK-${c(27, UPPER + DIGITS)}`),
  linear: (c) => inCode('linear', `lin_api_${c(40)}`),
  postman: (c) => inCode('postman', `PMAK-${c(24, HEX)}-${c(34, HEX)}`),
  contentful: (c) => inCode('contentful', `CFPAT-${c(43, B64URL)}`),
};
