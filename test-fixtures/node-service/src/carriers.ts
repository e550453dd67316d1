import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger.js';

// Whole objects that carry credentials, and the headers of responses, which do not.
export function traceRequest(req: Request, _res: Response, next: NextFunction) {
  logger.debug({ req }, 'incoming'); // leak: the whole request, with its Authorization header
  logger.debug({ method: req.method, query: req.query }, 'incoming'); // ok: the method and query
  next();
}

export function dumpConfig() {
  logger.info({ env: process.env }, 'config'); // leak: every server secret
  logger.info({ node: process.env.NODE_ENV }, 'config'); // ok: one public value
}

export interface LmifOptions {
  apiKey: string;
  region?: string;
}

export function connect(options: LmifOptions, err: { status: number; headers: Record<string, string> }) {
  logger.info({ options }, 'connecting'); // leak: the options type holds the apiKey
  logger.warn({ status: err.status, headers: err.headers }, 'http error'); // ok: response headers of http-errors
}

export async function probe(url: string) {
  const answer = await fetch(url);
  logger.info({ headers: answer.headers }, 'probe'); // ok: the headers the server sent back
}
