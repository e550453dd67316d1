import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { basic, detail, fallback, field, json, near, notSent, single } from './define.js';

// An auth token authenticates with its account SID as the user name: the SID is taken from beside the token,
// only when exactly one is there.
const ACCOUNT_SID = /(?<![A-Za-z0-9])(AC[0-9a-f]{32})(?![A-Za-z0-9])/g;

/** Twilio: fetch the account the auth token belongs to. */
export const twilio: Verifier = {
  id: 'twilio',
  provider: 'Twilio',
  // an API key SID (SK…) is an identifier; its secret is not a format a detector finds: not verified
  detectorIds: ['twilio-auth-token'],
  base: 'https://api.twilio.com',
  endpoint: 'GET /2010-04-01/Accounts/{AccountSid}.json',
  sideEffects: 'Reads the account resource (name, status); sends no message and places no call, so nothing is billed.',
  sources: [
    'https://www.twilio.com/docs/iam/api/account (GET /2010-04-01/Accounts/{Sid}.json, HTTP Basic with Account SID and Auth Token)',
    'https://www.twilio.com/docs/api/errors/20003 (401: wrong SID and token, deleted token, closed account)',
  ],
  attribute: (_secret, context) => {
    const sid = single(near(context, 1000), ACCOUNT_SID);
    return sid ? { companions: { accountSid: sid } } : notSent('no single account SID (AC…) beside the auth token');
  },
  request: (key) => {
    const sid = key.companions['accountSid'] ?? '';
    return { method: 'GET', path: `/2010-04-01/Accounts/${sid}.json`, headers: basic(sid, key.secret) };
  },
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200)
    return field(json(response), ['status']) === 'closed'
      ? { status: 'invalid', reason: 'revoked', detail: 'HTTP 200 account closed' }
      : { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401) {
    const code = field(json(response), ['code']) === '20003' ? '20003' : undefined;
    return { status: 'invalid', reason: 'unauthorized', detail: detail(response, code) };
  }
  return fallback(response);
}
