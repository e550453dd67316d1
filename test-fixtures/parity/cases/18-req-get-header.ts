// An incoming header read through req.get().
import express from 'express';

const app = express();
app.use((req, _res, next) => {
  const auth = req.get('authorization');
  console.info('auth header', auth); // expect: no-logged-credential high
  next();
});
