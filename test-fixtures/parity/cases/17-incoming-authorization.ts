// The Authorization header of an incoming request.
import express from 'express';

const app = express();
app.use((req, _res, next) => {
  console.log('auth', req.headers.authorization); // expect: no-logged-credential high
  next();
});
