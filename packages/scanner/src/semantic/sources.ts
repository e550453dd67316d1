// Which files the semantic pass reads, and a cheap test of whether one can hold anything it reports (the flow
// engine's own prefilter, loaded without TypeScript so a commit with nothing to analyse never loads it).
export { mayHoldFindings as mayHoldSemanticFindings } from '@keyward/flow/prefilter';

// `.vue` and `.svelte` components: their `<script>` blocks (flow's parseModule blanks the markup)
const CODE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;

/** A code file the semantic pass parses (not a declaration file, not a dependency), or a Vue or Svelte component. */
export function isSemanticSource(file: string): boolean {
  return CODE.test(file) && !file.endsWith('.d.ts') && !file.includes('node_modules/');
}
