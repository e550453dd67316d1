// Where in an HTML page a hit sits, named for the report: the framework payloads that carry data into
// the page (`__NEXT_DATA__`, the React Server Components stream, `__NUXT__`, SvelteKit's hydration data),
// another inline script, or the markup itself.

const HEAD = 512;

/** A short description of the part of an HTML page that holds `offset`. */
export function htmlRegion(html: string, offset: number): string {
  const open = html.lastIndexOf('<script', offset);
  if (open === -1 || html.lastIndexOf('</script', offset) > open) return 'the page markup';
  const tagEnd = html.indexOf('>', open);
  if (tagEnd === -1 || tagEnd > offset) return 'the page markup';
  const tag = html.slice(open, tagEnd);
  const body = html.slice(tagEnd + 1, Math.min(offset, tagEnd + 1 + HEAD));
  if (/id=["']?__NEXT_DATA__/.test(tag)) return 'the __NEXT_DATA__ payload';
  if (body.includes('__next_f')) return 'the React Server Components payload';
  if (body.includes('__NUXT__') || /id=["']?__NUXT_DATA__/.test(tag)) return 'the __NUXT__ payload';
  if (body.includes('__sveltekit') || /data-sveltekit/.test(tag)) return "SvelteKit's hydration data";
  if (/type=["']?application\/(?:ld\+)?json/.test(tag)) return 'an inline JSON script';
  return 'an inline script';
}

const ENV_ENTRY = /([A-Z][A-Z0-9_]{2,127})["']?[ \t]*:[ \t]*["'`]$/;

/**
 * The env variable whose entry holds a hit in JS, when the value sits in an object of env names the build
 * generated (`{VITE_APP_X:"…"}`: Vite puts one in the bundle when code reads `import.meta.env` as a
 * whole, with every public variable in it). Only names public by prefix count; the name comes from the
 * property key, never from the value.
 */
export function envObjectEntry(text: string, offset: number, isPublic: (name: string) => boolean): string | undefined {
  const name = ENV_ENTRY.exec(text.slice(Math.max(0, offset - 160), offset))?.[1];
  return name && isPublic(name) ? name : undefined;
}
