// A handler that echoes the incoming Authorization header back to the client.
import express from 'express';

const app = express();
app.get('/whoami', (req, res) => {
  res.json({ auth: req.headers.authorization }); // expect: no-logged-credential high
});
