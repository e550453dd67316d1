import type { SecretMatch } from '@keyward/core';
import { ts } from './typescript.js';
import { parseCode } from './parse.js';
import { summarise, type ModuleInput, type ModuleSummary, type Resolve } from './module-summary.js';

// The modules of one analysis, by path. A module's syntax tree is parsed when the analysis first asks for it, and
// dropped again when more than the budget of source text has trees in memory: the analysis walks the modules in
// order, following imports into others as it needs them, so a real app's trees never all live at once (dub's are
// 330 MB). A module asked for again after its tree was dropped is parsed again: the same text gives the same tree,
// positions and findings. Nothing of a tree outlives it: remembered results are keyed weakly on its nodes.

/** A module not parsed yet: its code (a component's markup already blanked), the script kind and its keys. */
export interface ModuleText {
  readonly file: string;
  readonly text: string;
  readonly kind: ts.ScriptKind;
  /** The text scan's key matches in `text` (allow lists and suppressions applied). */
  readonly keys: readonly SecretMatch[];
}

/** A module's exports as names: its own, `export { a } from './x'` and `export * from './x'`. */
export interface ExportFacts {
  readonly names: ReadonlySet<string>;
  readonly reexports: ReadonlyMap<string, readonly [string, string]>;
  readonly starExports: readonly string[];
}

/** A module that did not parse (the parser gave up, or the tree nests too deep): the caller redoes the pass eagerly. */
export class UnparsableModule extends Error {
  constructor(readonly file: string) {
    super(`${file} does not parse`);
  }
}

export class ModuleStore {
  /** Modules with a tree in memory, least recently asked for first. */
  private readonly resident = new Map<string, ModuleSummary>();
  private residentChars = 0;
  private readonly pinned = new Set<string>();
  private readonly texts: ReadonlyMap<string, ModuleText>;
  private readonly places: ReadonlyMap<string, number>;
  /** What each module parsed so far exports, by name: kept after its tree is dropped. */
  private readonly exportFacts = new Map<string, ExportFacts>();
  /** Modules parsed so far, in the order they were, for walk(). */
  private readonly reached: string[] = [];
  /** Paths in the order the analysis walks them (the caller's order). */
  readonly files: readonly string[];

  private constructor(
    texts: readonly ModuleText[],
    private readonly resolve: Resolve,
    private readonly budget: number,
  ) {
    this.texts = new Map(texts.map((module) => [module.file, module]));
    this.files = texts.map((module) => module.file);
    this.places = new Map(this.files.map((file, place) => [file, place]));
  }

  /** Modules parsed by the caller (ESLint's one file, tests): every tree stays. */
  static parsed(modules: readonly ModuleInput[], resolve: Resolve): ModuleStore {
    const store = new ModuleStore(
      modules.map(({ file, node, keys }) => ({ file, text: node.text, kind: ts.ScriptKind.Unknown, keys })),
      resolve,
      Infinity,
    );
    for (const module of modules) {
      const summary = summarise(module, resolve);
      store.noteExports(summary);
      store.resident.set(module.file, summary);
      store.pinned.add(module.file);
    }
    return store;
  }

  /** Modules parsed when asked for, with trees for at most `budget` characters of source kept between steps. */
  static lazy(modules: readonly ModuleText[], resolve: Resolve, budget: number): ModuleStore {
    return new ModuleStore(modules, resolve, budget);
  }

  get size(): number {
    return this.files.length;
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  /** The module's code, as its tree's `text` (without parsing it). */
  text(file: string): string | undefined {
    return this.texts.get(file)?.text;
  }

  keys(file: string): readonly SecretMatch[] {
    return this.texts.get(file)?.keys ?? [];
  }

  /** The module's summary, parsing it if its tree is not in memory. */
  get(file: string): ModuleSummary | undefined {
    const known = this.resident.get(file);
    if (known) {
      this.resident.delete(file);
      this.resident.set(file, known);
      return known;
    }
    const module = this.texts.get(file);
    if (!module) return undefined;
    const node = parseCode(file, module.text, module.kind);
    if (!node) throw new UnparsableModule(file);
    const summary = summarise({ file, node, keys: module.keys }, this.resolve);
    this.noteExports(summary);
    this.resident.set(file, summary);
    this.residentChars += module.text.length;
    this.reached.push(file);
    return summary;
  }

  /**
   * The names a module exports and passes on, without its tree when it was parsed before: following an import
   * through re-exports (`export * from` barrels) parses only the module that holds the export.
   */
  exportsOf(file: string): ExportFacts | undefined {
    const known = this.exportFacts.get(file);
    if (known) return known;
    return this.get(file) && this.exportFacts.get(file);
  }

  private noteExports(summary: ModuleSummary): void {
    if (this.exportFacts.has(summary.file)) return;
    this.exportFacts.set(summary.file, {
      names: new Set(summary.exports.keys()),
      reexports: summary.reexports,
      starExports: summary.starExports,
    });
  }

  /** The module's place in the order. */
  indexOf(file: string): number {
    return this.places.get(file) ?? -1;
  }

  /**
   * Every module once, each parsed when reached. Next comes a module that an earlier step parsed (following an
   * import) and that is still in memory, the last parsed first, else the next in order: a module is walked while its
   * tree is there, not parsed again later. Between two steps, trees over the budget are dropped.
   */
  *walk(): Generator<ModuleSummary> {
    const walked = new Set<string>();
    let next = 0;
    while (walked.size < this.files.length) {
      let file: string | undefined;
      while (this.reached.length > 0 && file === undefined) {
        const candidate = this.reached.pop()!;
        if (!walked.has(candidate) && this.resident.has(candidate)) file = candidate;
      }
      if (file === undefined) {
        while (walked.has(this.files[next]!)) next++;
        file = this.files[next]!;
      }
      walked.add(file);
      yield this.get(file)!;
      this.settle();
    }
  }

  /** Keeps the module's tree for the rest of the analysis (something holds its nodes: seeded parameters). */
  pin(file: string): void {
    this.pinned.add(file);
  }

  /**
   * Drops the least recently used trees until the budget holds. Only between two steps of the analysis: within
   * one, every module it reached keeps the tree it was reached with.
   */
  settle(): void {
    if (this.residentChars <= this.budget) return;
    for (const [file, module] of this.resident) {
      if (this.residentChars <= this.budget) break;
      if (this.pinned.has(file)) continue;
      this.resident.delete(file);
      this.residentChars -= module.node.text.length;
    }
  }
}
