// Types for TypeScript's bundle inside @ts-morph/common, required by path (see typescript.ts).
declare module '@ts-morph/common/dist/typescript.js' {
  import { ts } from '@ts-morph/common/lib/typescript.js';
  export = ts;
}
