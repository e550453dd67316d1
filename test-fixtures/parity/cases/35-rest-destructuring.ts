// Rest destructuring leaves the Authorization header out.
import express from 'express';

const app = express();
app.use((req, _res, next) => {
  const { authorization, ...rest } = req.headers;
  console.log('headers', rest);
  next();
});
