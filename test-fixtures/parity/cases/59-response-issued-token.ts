// A login response carries the token the server just issued: not a finding.
import express from 'express';

const app = express();
export function send(res: express.Response, token: string) {
  res.json({ token });
}
app.post('/login', (_req, res) => send(res, 'issued'));
