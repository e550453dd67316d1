import { existsSync } from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import type { Catalog, Finding } from '@keyward/core';
import { clientReachabilityFindings } from './client-reachability.js';
import { loggedCredentialFindings } from './logged-credentials.js';
import { buildConfigFindings } from './build-config.js';
import { environmentBranchFindings } from './environment-branches.js';

const CODE = /\.(?:[cm]?[jt]sx?)$/;

export interface SemanticOptions {
  readonly root: string;
  /** Discovered files, relative to the root. */
  readonly files: readonly string[];
  readonly catalog: Catalog;
}

/**
 * The semantic pass (experimental): parses every code file once with the TypeScript parser (through
 * ts-morph, syntax only), resolves imports with the project's tsconfig, and runs the cross-file rules.
 */
export function semanticFindings(options: SemanticOptions): Finding[] {
  const root = path.resolve(options.root);
  const files = options.files.filter((file) => CODE.test(file) && !file.endsWith('.d.ts') && !file.includes('node_modules/'));
  if (files.length === 0) return [];
  const tsconfig = path.join(root, 'tsconfig.json');
  const hasTsconfig = existsSync(tsconfig);
  const project = new Project({
    ...(hasTsconfig ? { tsConfigFilePath: tsconfig } : {}),
    compilerOptions: {
      allowJs: true,
      jsx: ts.JsxEmit.Preserve,
      noEmit: true,
      ...(hasTsconfig ? {} : { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext }),
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
  });
  const compilerOptions = project.getCompilerOptions();
  const host = project.getModuleResolutionHost();
  const known = new Set(files);
  const modules = new Map<string, ts.SourceFile>();
  for (const file of files) modules.set(file, project.addSourceFileAtPath(path.join(root, file)).compilerNode);
  const resolve = (from: string, specifier: string): string | undefined => {
    const resolved = ts.resolveModuleName(specifier, path.join(root, from), compilerOptions, host).resolvedModule?.resolvedFileName;
    const relative = resolved ? path.relative(root, resolved).split(path.sep).join('/') : undefined;
    return relative && known.has(relative) ? relative : undefined;
  };
  return [
    ...clientReachabilityFindings({ root, modules, resolve, catalog: options.catalog }),
    ...loggedCredentialFindings({ modules, resolve, catalog: options.catalog }),
    ...buildConfigFindings(modules, options.catalog),
    ...environmentBranchFindings(modules, options.catalog),
  ];
}
