type SemanticModule = typeof import('./index.js');

/** The semantic pass, loaded on demand (it brings TypeScript) with TypeScript's compiled code cached. */
export async function loadSemantic(): Promise<Pick<SemanticModule, 'semanticFindings'>> {
  // the cache's own modules (node:vm, node:crypto) load only here: a commit without trigger words never needs them
  const { enableCodeCache, saveCodeCache } = await import('./code-cache.js');
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
