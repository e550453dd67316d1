import type { IncomingMessage } from 'node:http';
import type { Verification, VerifyRequest, VerifyResponse } from '@keyward/core';

export interface SendOptions {
  /** Whole request, connect to last byte (default 5 s). */
  readonly timeoutMs: number;
  /** Body bytes read at most; the rest is dropped (verdicts need only the start). */
  readonly maxBodyBytes: number;
  readonly userAgent: string;
}

export type Outcome = { readonly response: VerifyResponse } | { readonly failure: Verification };

/**
 * Sends one request and never follows a redirect. Failures become `unknown` verdicts whose detail is a status
 * or an error code: never an error message, which could quote the URL (some vendors take the key in the path).
 */
export async function send(url: URL, request: VerifyRequest, options: SendOptions): Promise<Outcome> {
  // loaded here, not at the top: the scanner's other paths (the pre-commit hook) never pay for TLS
  const { request: open } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: 'application/json',
      ...request.headers,
    };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const outgoing = open(url, { method: request.method, headers }, (incoming) =>
      read(incoming, options.maxBodyBytes).then(
        (response) => {
          if (response.status >= 300 && response.status < 400)
            finish({
              failure: {
                status: 'unknown',
                reason: 'redirect',
                detail: `HTTP ${response.status} redirect not followed`,
              },
            });
          else finish({ response });
        },
        () => finish({ failure: { status: 'unknown', reason: 'network-error', detail: 'connection reset' } }),
      ),
    );
    const deadline = setTimeout(() => {
      finish({
        failure: { status: 'unknown', reason: 'timeout', detail: `no answer within ${options.timeoutMs / 1000} s` },
      });
      outgoing.destroy();
    }, options.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      finish({ failure: { status: 'unknown', reason: 'network-error', detail: errorCode(error) } }),
    );
    outgoing.end(request.body);
  });
}

function read(incoming: IncomingMessage, maxBytes: number): Promise<VerifyResponse> {
  return new Promise((resolve, reject) => {
    const status = incoming.statusCode ?? 0;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers))
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    // a redirect's body is never read: nothing from it is used
    if (status >= 300 && status < 400) {
      incoming.destroy();
      resolve({ status, headers, body: '' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      if (size >= maxBytes) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) {
        incoming.destroy();
        resolve({ status, headers, body: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8') });
      }
    });
    incoming.on('end', () => resolve({ status, headers, body: Buffer.concat(chunks).toString('utf8') }));
    incoming.on('error', reject);
  });
}

/** `ECONNREFUSED`, `ENOTFOUND`, a TLS code: a fixed token, safe to show. */
function errorCode(error: NodeJS.ErrnoException): string {
  const code = typeof error.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(error.code) ? error.code : undefined;
  return code ?? 'connection failed';
}
