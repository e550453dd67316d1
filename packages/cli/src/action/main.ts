// The GitHub Action's entry point (bundled to action/main.mjs, which action.yml runs on the runner's Node).
import { runAction } from './run-action.js';

// one run per job: V8's code cache of TypeScript would only cost a write
process.env['KEYWARD_NO_CODE_CACHE'] ??= '1';
process.exitCode = await runAction(process.env, (text) => process.stdout.write(text));
