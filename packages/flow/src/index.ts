// @keyward/flow: the one credential-flow engine. The ESLint plugin analyses one file with it; the scanner
// adds the module graph. Core holds the vocabulary (word lists, secret-name predicates, findings); this
// package holds the analysis over the TypeScript syntax tree.
export { ts } from './typescript.js';
export { parseModule, codeOf, scriptKindOf, nestsDeeperThan, type ParseOptions } from './parse.js';
export { UnparsableModule, type ModuleText } from './module-store.js';
export { COMPONENT_FILE, scriptBlocks } from './markup.js';
export { analyseProject, type ProjectInput } from './analyse.js';
export { engineOptions, type EngineOptions } from './options.js';
export { type ProjectFacts, NO_PROJECT_FACTS } from './client.js';
export type { ModuleInput, Resolve } from './module-summary.js';
export { mayHoldFindings, mayHoldFindingsAlone } from './prefilter.js';
export { viteConfigInputs } from './vite-inputs.js';
