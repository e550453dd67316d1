import jwt from 'jsonwebtoken';
import { logger } from './logger.js';

// Values named like credentials whose origin only the name tells, and names that mark something else.
export async function login(req: { body: Record<string, string> }, idp: { exchange(code: string): Promise<unknown> }) {
  const { email, password } = req.body;
  logger.info({ email, password }, 'login'); // leak: a password from the request body
  const accessToken = jwt.sign({ sub: email }, process.env.JWT_SECRET ?? '');
  logger.debug(`issued ${accessToken}`); // leak: a signed token
  const tokenSet = await idp.exchange(req.body.code ?? '');
  logger.debug({ tokenSet }); // leak: what the identity provider returned
  const couponToken = req.body.coupon;
  const nextPageToken = req.body.cursor;
  logger.info({ couponToken, nextPageToken }, 'listing'); // ok: a coupon and a pagination cursor
  const passwordHash = await hash(password ?? '');
  const encryptedPassword = await encrypt(password ?? '');
  logger.info({ passwordHash, encryptedPassword }); // ok: hashed and encrypted values
  return accessToken;
}

declare function hash(value: string): Promise<string>;
declare function encrypt(value: string): Promise<string>;
