import type { NextApiRequest, NextApiResponse } from 'next';
import { stripe } from '../../lib/stripe';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  console.log('charge for', req.body.customer); // ok
  console.log('charge cookie', req.headers.cookie); // leak: the session cookie
  const charge = await stripe.charges.create({ amount: 100, currency: 'eur', customer: req.body.customer });
  res.json({ id: charge.id }); // ok
}
