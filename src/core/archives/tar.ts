// tar (POSIX ustar, GNU and pax headers), read as a stream by tar-stream: regular files only.
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import type { ArchiveEntry } from './entries.js';

export async function* tarEntries(input: Readable): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  input.on('error', (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const { type, name, size } = entry.header;
      const pax = entry.header.pax as Record<string, string> | undefined;
      if (type === 'file' || type === 'contiguous-file') {
        // A sparse file's data is its map and the parts that are not holes, not its content: never hashed as it.
        const sparseName = pax?.['GNU.sparse.name'] ?? (pax && Object.keys(pax).some((key) => key.startsWith('GNU.sparse.')) ? name : undefined);
        if (sparseName !== undefined) yield unreadable(sparseName, SPARSE);
        else yield { name, compressedSize: null, isolated: false, data: async () => entry as AsyncIterable<Buffer> };
      } else if (type === null && (size ?? 0) > 0) {
        // A type tar-stream does not know that holds data: GNU's old sparse files ('S'), multi-volume parts, vendor types.
        yield unreadable(name, 'its tar entry type is not one the gate reads (a GNU sparse file, a multi-volume part or a vendor extension)');
      }
      entry.resume(); // what was not read (links, directories, the above) is skipped
    }
  } finally {
    input.destroy();
  }
}

const SPARSE = 'it is stored sparse (`tar --sparse`), which the gate does not read: store it whole to have it judged';

function unreadable(name: string, reason: string): ArchiveEntry {
  return { name, compressedSize: null, isolated: true, unreadable: reason, data: () => Promise.reject(new Error(reason)) };
}
