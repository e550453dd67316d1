#!/usr/bin/env node
// Loopback stand-ins for the vendors, one HTTP server (one host:port) per verifier so per-host limits apply as
// they would against real APIs. Every request gets a "live" answer after --latency-ms. Prints
// {"ports": {verifierId: port}, "control": port} on stdout; GET /count on the control port returns the number
// of requests received. Started by run.mjs as a child process, so the timed CLI runs can be synchronous.
import { createServer } from 'node:http';
import { verifiers } from '../../packages/core/dist/index.js';

const latency = Number(process.argv[process.argv.indexOf('--latency-ms') + 1] || 0);
let count = 0;
// the answers verifiers read as live: 200 with the fields a few of them check
const LIVE = JSON.stringify({
  ok: true,
  active: true,
  code: 'TokenValid',
  data: { viewer: { id: 'u' }, actor: { user: { id: 1 } } },
});
const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
const ports = {};
for (const verifier of verifiers)
  ports[verifier.id] = await listen((request, response) => {
    request.resume();
    request.on('end', () => {
      count++;
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(LIVE);
      }, latency);
    });
  });
const control = await listen((_request, response) => response.end(String(count)));
process.stdout.write(`${JSON.stringify({ ports, control })}\n`);
