import type { LoadedSourceMap } from './source-map.js';

/**
 * Parsed source maps of the last few assets: a chunk and its `.map` sit next to each other in a build
 * folder, so the map an asset's findings were traced through is usually the next file scanned.
 */
export class SourceMapCache {
  private readonly entries = new Map<string, LoadedSourceMap | undefined>();

  constructor(private readonly capacity = 4) {}

  get(file: string): LoadedSourceMap | undefined {
    return this.entries.get(file);
  }

  set(file: string, loaded: LoadedSourceMap | undefined): void {
    this.entries.delete(file);
    this.entries.set(file, loaded);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
