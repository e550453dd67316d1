// pino-http without redact logs every request header.
import express from 'express';
import pinoHttp from 'pino-http';

const app = express();
app.use(pinoHttp()); // expect: no-logged-credential high
