// Preloaded (NODE_OPTIONS=--import) into a spawned gate: writes the process's peak resident memory,
// in KiB, to MAX_RSS_FILE at exit, worker threads included.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
