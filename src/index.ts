// The entry the runner starts (action.yml `main`): it only runs the action.
import { run } from './action/main.js';

await run();
// The outcome is set. Exit once the output is flushed, rather than wait on anything a library left
// open (a half-closed socket to a service or proxy that never closes its side).
process.stdout.write('', () => process.exit());
