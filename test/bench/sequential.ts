// The reference the lookup rows are measured against: what a pipeline engineer writes by hand. It
// walks a directory, and for one file at a time reads it, hashes it with node:crypto and GETs
// {api-url}/files/{sha256} with fetch (keep-alive, as fetch does by default), then reads the answer.
//   node test/bench/sequential.ts <directory> <api-url> <api-key>
// Prints {"files":…,"found":…,"unknown":…,"failed":…} as JSON on stdout.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const [directory, apiUrl, apiKey] = process.argv.slice(2);
if (!directory || !apiUrl || !apiKey) {
  console.error('usage: node test/bench/sequential.ts <directory> <api-url> <api-key>');
  process.exit(2);
}

const counts = { files: 0, found: 0, unknown: 0, failed: 0 };
for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const sha256 = createHash('sha256')
    .update(await readFile(path.join(entry.parentPath, entry.name)))
    .digest('hex');
  const response = await fetch(`${apiUrl}/files/${sha256}`, { headers: { 'x-apikey': apiKey, accept: 'application/json' } });
  await response.text();
  counts.files++;
  if (response.status === 200) counts.found++;
  else if (response.status === 404) counts.unknown++;
  else counts.failed++;
}
console.log(JSON.stringify(counts));
