import type { FileKind } from './types.js';

const CODE =
  /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|dart|c|cc|cpp|h|hpp|m|ex|exs|lua|pl|r|groovy|gradle)$/i;
const CONFIG =
  /\.(?:json|jsonc|json5|ya?ml|toml|ini|cfg|conf|properties|tf|tfvars|hcl|xml|plist|npmrc|yarnrc|netrc|pypirc|sh|bash|zsh|ps1|env)$|(?:^|\/)(?:Dockerfile|Makefile|Procfile|\.npmrc|\.yarnrc|\.netrc|\.pypirc|\.gitconfig)$/i;
const ENV = /(?:^|\/)\.env(?:\.[^/]*)?$|\.env$/i;
const MARKUP = /\.(?:md|mdx|markdown|rst|txt|adoc|html?|ipynb)$/i;
const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lockb?|composer\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|go\.sum|packages\.lock\.json|deno\.lock|uv\.lock)$/;

/** Classifies a path: decides whether bare values count and which detectors run. */
export function fileKind(path: string): FileKind {
  if (LOCKFILE.test(path)) return 'lockfile';
  if (ENV.test(path)) return 'env';
  if (CODE.test(path)) return 'code';
  if (CONFIG.test(path)) return 'config';
  if (MARKUP.test(path)) return 'markup';
  return 'other';
}

/** Source maps and minified bundles never produce findings: their content is generated. */
export function isGeneratedPath(path: string): boolean {
  return /\.(?:map|min\.[cm]?js|min\.css)$|(?:^|[/.-])(?:bundle|chunk|vendor)s?\.[0-9a-f]{6,}\.js$/i.test(path);
}

/**
 * Minified code: a long first-64-KB stretch with few line breaks. Reading only a prefix keeps the
 * hot path cheap; normal code averages well under 200 characters a line. Bytes give the same answer as
 * the text they decode to when they are ASCII.
 */
export function looksMinified(text: string | Uint8Array): boolean {
  const sample =
    text.length <= 65536 ? text : typeof text === 'string' ? text.slice(0, 65536) : text.subarray(0, 65536);
  if (sample.length < 2048) return false;
  let lines = 1;
  if (typeof sample === 'string') for (let i = sample.indexOf('\n'); i !== -1; i = sample.indexOf('\n', i + 1)) lines++;
  else for (let i = sample.indexOf(10); i !== -1; i = sample.indexOf(10, i + 1)) lines++;
  return sample.length / lines > 500;
}
