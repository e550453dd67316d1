import { LineIndex, publicPrefix, scanText, type Finding, type SecretMatch } from '@keyward/core';
import type { BundleScanContext, Asset } from './context.js';
import type { EnvValueHit } from './env-values.js';
import { loadSourceMap, mappingUrl, type LoadedSourceMap } from './source-map.js';
import { scanMapSources } from './scan-map.js';
import { traceOrigin, type TracedOrigin } from './origin.js';
import { envObjectEntry, htmlRegion } from './payload.js';
import { publicByDesign } from './public-by-design.js';
import { envValueInBundle, keyInBundle, type BundleSpot } from './bundle-finding.js';

const HTML = /\.html?$/i;

/**
 * Scans one asset's text (JS, HTML, CSS, JSON…): known keys through the core catalog and server-only env
 * values through the matcher. Only when something is found is the asset's source map loaded, to trace
 * each hit back to its original line.
 */
export function scanAssetText(asset: Asset, text: string, context: BundleScanContext): Finding[] {
  const matches = scanText(text, {
    path: asset.relative,
    catalog: context.catalog,
    ...(context.allow ? { allow: context.allow } : {}),
  }).filter((match) => !publicByDesign(match.detector.id, text, match.start, match.end));
  const envHits = context.env.size ? context.env.find(text) : [];
  const html = HTML.test(asset.relative);
  const inline = !html && mappingUrl(text)?.startsWith('data:');
  if (matches.length === 0 && envHits.length === 0 && !inline) return [];
  const lines = new LineIndex(text);
  let map: LoadedSourceMap | undefined | null = html ? undefined : null;
  const trace = (offset: number, value: string): TracedOrigin | undefined => {
    if (map === null) map = loadSourceMap(asset.absolute, text, asset.dir, context.maps);
    if (!map) return undefined;
    const { line, column } = lines.position(offset);
    const covered = (distance: number) => segmentCovers(text, offset - distance, offset);
    return traceOrigin(
      map,
      { line, column: column - 1, covered },
      { root: context.root, appRoot: asset.appRoot },
      {
        value,
        names: context.envNames(value),
      },
    );
  };
  const spot = (start: number, end: number): BundleSpot => {
    const from = lines.position(start);
    const to = lines.position(end);
    const entry = html ? undefined : envObjectEntry(text, start, (name) => publicPrefix(name) !== undefined);
    const region = html
      ? { region: htmlRegion(text, start) }
      : entry
        ? { region: `the ${entry} entry of an env object the build generated`, envEntry: entry }
        : {};
    return {
      file: asset.relative,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      ...region,
    };
  };
  const findings: Finding[] = [];
  const claimed = new Set<EnvValueHit>();
  for (const match of matches) {
    const same = envHits.filter((hit) => overlaps(hit, match));
    for (const hit of same) claimed.add(hit);
    const variables = same.flatMap((hit) => hit.values);
    const finding = keyInBundle(
      match,
      spot(match.start, match.end),
      trace(match.start, match.secret),
      variables,
      context.showSecrets,
    );
    context.keys?.claim(text, match, [finding.fingerprint]);
    findings.push(finding);
  }
  for (const hit of envHits) {
    if (claimed.has(hit)) continue;
    findings.push(
      envValueInBundle(
        hit.values,
        spot(hit.start, hit.end),
        trace(hit.start, hit.values[0]!.value),
        context.showSecrets,
      ),
    );
  }
  if (inline) {
    // an inline map publishes its sources inside the asset: its findings sit on the map comment
    if (map === null) map = loadSourceMap(asset.absolute, text, asset.dir, context.maps);
    const comment = text.lastIndexOf('sourceMappingURL=');
    if (map) findings.push(...scanMapSources(asset, map, () => spot(comment, comment), context));
  }
  return findings;
}

/**
 * A mapping segment says where a token came from; a hit inside the token it starts (the string literal that
 * holds the key) has that origin, a hit further on (an object the bundler generated, such as Vite's
 * `import.meta.env`) has none the map can tell.
 */
export function segmentCovers(text: string, segmentStart: number, hit: number): boolean {
  if (hit - segmentStart <= 1) return true;
  const quote = text[segmentStart];
  if (quote !== '"' && quote !== "'" && quote !== '`') return false;
  for (let at = text.indexOf(quote, segmentStart + 1); at !== -1 && at < hit; at = text.indexOf(quote, at + 1)) {
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return false; // the literal ended before the hit
  }
  return quote === '`' || !text.slice(segmentStart, hit).includes('\n');
}

function overlaps(hit: EnvValueHit, match: SecretMatch): boolean {
  return hit.start < match.end && match.start < hit.end;
}
