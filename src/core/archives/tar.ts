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
      const { type, name } = entry.header;
      if (type === 'file' || type === 'contiguous-file') {
        yield { name, compressedSize: null, isolated: false, data: async () => entry as AsyncIterable<Buffer> };
      }
      entry.resume(); // what was not read (links, directories) is skipped
    }
  } finally {
    input.destroy();
  }
}
