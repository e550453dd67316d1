import express from 'express';
import morgan from 'morgan';
import pinoHttp from 'pino-http';
import { logger } from './logger.js';
import { router } from './routes.js';

export const app = express();
app.use(morgan(':method :url :status :req[authorization]')); // leak: every Authorization header into the access log
app.use(morgan('combined')); // ok: no credential header in the format
morgan.token('api-key', (req) => req.headers['x-api-key'] as string); // leak: a token that prints the x-api-key header
app.use(pinoHttp()); // leak: pino-http's default serializer logs all request headers
app.use(pinoHttp({ logger, redact: ['req.headers.authorization', 'req.headers.cookie'] })); // ok: redacted
app.use(router);
