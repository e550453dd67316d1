export { createClient } from './client';
export { authHeader } from './auth';
export { debugLog } from './debug';
