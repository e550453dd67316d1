import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project that named paths (`keyward scan app lib`) belong to: the nearest folder at or above their common
 * folder that holds a package.json or a .git, not above the scan root. The semantic pass reads the whole
 * project (tsconfig and path aliases, the pages that import a module) and reports inside the named paths.
 * Undefined when no paths are named or the project is the named path itself.
 */
export function enclosingProject(root: string, paths: readonly string[] | undefined): string | undefined {
  if (!paths?.length) return undefined;
  const targets = paths.map((given) => path.resolve(root, given));
  if (targets.some((target) => !isInside(root, target))) return undefined;
  let common = targets[0]!;
  for (const target of targets.slice(1)) while (!isInside(common, target)) common = path.dirname(common);
  for (let directory = common; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json')) || existsSync(path.join(directory, '.git')))
      return targets.every((target) => target === directory) ? undefined : directory;
    if (directory === root) return undefined;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
