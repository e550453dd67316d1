import { LineIndex, scanText, type Finding } from '@keyward/core';
import type { Asset, BundleScanContext } from './context.js';
import { parse, type LoadedSourceMap } from './source-map.js';
import { sourceFile } from './origin.js';
import { publicByDesign } from './public-by-design.js';
import { secretInSourceMap, type BundleSpot } from './bundle-finding.js';

/**
 * A `.map` in public output publishes every original source in its `sourcesContent`. Each source is
 * scanned as the file it was (its own path decides the file kind), and every key or server-only env value
 * in it is a finding on the map, with the original file and line as its origin. The `mappings` string is
 * never scanned: it is base64 VLQ, whose runs of letters and digits would only make noise.
 */
export function scanSourceMap(asset: Asset, raw: string, context: BundleScanContext): Finding[] {
  const cached = context.maps.get(asset.absolute);
  const loaded = cached ?? parse(raw, asset.absolute);
  if (!loaded) return [];
  if (!cached) context.maps.set(asset.absolute, loaded);
  let rawLines: LineIndex | undefined;
  // the finding sits where the map file spells the secret (JSON-escaped), else at its start
  const spotOf = (secret: string): BundleSpot => {
    rawLines ??= new LineIndex(raw);
    const escaped = JSON.stringify(secret).slice(1, -1);
    const found = raw.indexOf(escaped);
    const at = Math.max(0, found);
    const from = rawLines.position(at);
    const to = rawLines.position(found === -1 ? at : at + escaped.length);
    return { file: asset.relative, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return scanMapSources(asset, loaded, spotOf, context);
}

/** The sources a map carries, each scanned as its own file; findings sit where `spotOf` says. */
export function scanMapSources(
  asset: Asset,
  loaded: LoadedSourceMap,
  spotOf: (secret: string) => BundleSpot,
  context: BundleScanContext,
): Finding[] {
  const contents = loaded.map.sourcesContent ?? [];
  const findings: Finding[] = [];
  contents.forEach((content, index) => {
    if (!content) return;
    const { file } = sourceFile(loaded.map.resolvedSources[index] ?? '', context.root, asset.appRoot);
    // third-party sources (installed packages, the map's ignoreList) get the high-confidence detectors only,
    // as minified vendor code does: a library constant named like a token is no secret (measured on excalidraw)
    const vendor = /(?:^|\/)node_modules\//.test(file) || (loaded.map.ignoreList ?? []).includes(index);
    const matches = scanText(content, {
      path: file,
      catalog: context.catalog,
      ...(vendor ? { minified: true } : {}),
      ...(context.allow ? { allow: context.allow } : {}),
    }).filter((match) => !publicByDesign(match.detector.id, content, match.start, match.end));
    const envHits = context.env.size ? context.env.find(content) : [];
    if (matches.length === 0 && envHits.length === 0) return;
    const lines = new LineIndex(content);
    const origin = (offset: number) => {
      const { line, column } = lines.position(offset);
      return { origin: { file, line, column }, literal: true };
    };
    for (const match of matches) {
      const what = {
        title: match.detector.title,
        secret: match.secret,
        prefixLength: match.detector.prefixLength ?? 0,
        detectorId: match.detector.id,
        severity: match.detector.severity,
      };
      const finding = secretInSourceMap(what, spotOf(match.secret), origin(match.start), context.showSecrets);
      context.keys?.claim(content, match, [finding.fingerprint]);
      findings.push(finding);
    }
    for (const hit of envHits) {
      if (matches.some((match) => match.start < hit.end && hit.start < match.end)) continue;
      const first = hit.values[0]!;
      const what = {
        title: `the value of ${first.name} (server-only, ${first.file ? `${first.file}:${first.line}` : 'from the environment'})`,
        secret: first.value,
        prefixLength: 0,
        severity: first.severity,
      };
      findings.push(
        secretInSourceMap(what, spotOf(content.slice(hit.start, hit.end)), origin(hit.start), context.showSecrets),
      );
    }
  });
  return findings;
}
