import { enableCodeCache, saveCodeCache } from './code-cache.js';

type SemanticModule = typeof import('./index.js');

/** The semantic pass, loaded on demand (it brings TypeScript) with TypeScript's compiled code cached. */
export async function loadSemantic(): Promise<Pick<SemanticModule, 'semanticFindings'>> {
  enableCodeCache();
  const semantic = await import('./index.js');
  return {
    semanticFindings: (options) => {
      const findings = semantic.semanticFindings(options);
      saveCodeCache();
      return findings;
    },
  };
}
