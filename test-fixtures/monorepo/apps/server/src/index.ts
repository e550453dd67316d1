import pino from 'pino';
import { authHeader, debugLog } from '@acme/sdk';
import { readSecret } from './secrets';

const log = pino();
const headers = authHeader(readSecret());

debugLog('outgoing headers', headers); // reported in packages/sdk/src/debug.ts, with this call on its path
debugLog('port', process.env.PORT); // ok
log.info({ service: 'acme-server' }); // ok
log.info({ headers }, 'ready'); // leak: the header made by the SDK from the server's secret
