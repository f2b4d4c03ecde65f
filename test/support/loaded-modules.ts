// Which of Node's built-in modules a spawned action loaded (e.g. `http`, `internal/tls/wrap`), read
// with lines() once it has exited: see loaded-modules-preload.ts.
import { preloadLog, type PreloadLog } from './preload-log.ts';

export function loadedModules(): Promise<PreloadLog> {
  return preloadLog('loaded-modules-preload.ts', 'LOADED_MODULES_LOG');
}
