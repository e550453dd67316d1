import express from 'express';
import { checkIdentity } from './lib/lmif.js';
import { listFiles } from './lib/laminr.js';

const app = express();
app.get('/identity', async (req, res) => res.json(await checkIdentity(req.query.name, req.query.image)));
app.get('/files', async (req, res) => res.json(await listFiles(req.query.tenant)));
app.listen(process.env.PORT ?? 3000);
