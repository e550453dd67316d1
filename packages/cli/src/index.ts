export { run, type RunContext, type RunResult } from './run.js';
export { UsageError } from './errors.js';
