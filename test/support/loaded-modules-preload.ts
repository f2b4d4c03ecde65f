// Preloaded into the action's process by loadedModules() (NODE_OPTIONS=--import). When the process
// exits, the Node built-in modules it loaded are written to LOADED_MODULES_LOG, one a line.
import { writeFileSync } from 'node:fs';

const log = process.env.LOADED_MODULES_LOG;
// process.moduleLoadList (Node's own record) is undocumented; without it the log stays empty and the tests that read it fail.
const list = (process as { moduleLoadList?: string[] }).moduleLoadList;

process.on('exit', () => {
  if (log && list)
    writeFileSync(
      log,
      list
        .filter((entry) => entry.startsWith('NativeModule '))
        .map((entry) => entry.slice('NativeModule '.length))
        .join('\n'),
    );
});
