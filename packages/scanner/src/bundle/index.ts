export { scanBundle, NoBuildOutputError, type ScanBundleOptions, type ScanBundleResult } from './scan-bundle.js';
export { BUILD_DIRS, findBuildDirs, type BuildDir, type BundleDir } from './build-dirs.js';
export { parseEnvFile, type EnvEntry } from './env-file.js';
export {
  envValueMatcher,
  loadEnvFiles,
  serverEnvValues,
  serverOnly,
  type ServerEnvValue,
  type EnvValueHit,
} from './env-values.js';
export { mappingUrl } from './source-map.js';
export { readAt, type OriginRead } from './origin-read.js';
