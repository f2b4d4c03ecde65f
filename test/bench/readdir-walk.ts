// The reference the listing row is measured against: a bare recursive readdirSync(withFileTypes) of
// a tree, counting its regular files, the least any listing can do. Imported by the bench to run in
// its own (warm) process, and run as a script for the like-for-like figure: a fresh process, as the
// action's listing runs in one, timed from inside as the action times its listing.
//   node test/bench/readdir-walk.ts <directory>
// Prints {"files":…,"ms":…} as JSON on stdout.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Regular files under `directory`, by directory entries alone. */
export function countByReaddir(directory: string): number {
  let count = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countByReaddir(path.join(directory, entry.name));
    else if (entry.isFile()) count++;
  }
  return count;
}

if (import.meta.main) {
  const directory = process.argv[2];
  if (!directory) {
    console.error('usage: node test/bench/readdir-walk.ts <directory>');
    process.exit(2);
  }
  const started = performance.now();
  const files = countByReaddir(directory);
  console.log(JSON.stringify({ files, ms: performance.now() - started }));
}
