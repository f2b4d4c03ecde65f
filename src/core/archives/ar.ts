// The Unix `ar` archive (a .deb is one: debian-binary, control.tar.*, data.tar.*), read as a stream.
// Small enough to read here: a 60-byte header per member, data padded to an even length.
import type { Readable } from 'node:stream';
import { ChunkReader } from './chunk-reader.js';
import type { ArchiveEntry } from './entries.js';

const MAGIC = '!<arch>\n';
const HEADER_BYTES = 60;
/** Names are held in memory: a GNU long-name table, or a BSD name, beyond these is no real archive's. */
const MAX_NAME_TABLE_BYTES = 16 * 1024 * 1024;
const MAX_NAME_BYTES = 64 * 1024;

export async function* arEntries(input: Readable): AsyncGenerator<ArchiveEntry> {
  const reader = new ChunkReader(input);
  try {
    const magic = await reader.read(MAGIC.length);
    if (magic?.toString('latin1') !== MAGIC) throw new Error('it does not start with the ar signature');
    let longNames = '';
    for (let header = await reader.read(HEADER_BYTES); header; header = await reader.read(HEADER_BYTES)) {
      if (header.length < HEADER_BYTES || header.toString('latin1', 58, 60) !== '`\n') throw new Error('a member header is damaged or cut short');
      const sizeText = header.toString('latin1', 48, 58).trim();
      if (!/^\d+$/.test(sizeText)) throw new Error(`a member header gives no size (${JSON.stringify(sizeText)})`);
      const stored = Number(sizeText);
      let size = stored;
      let name = header.toString('latin1', 0, 16).trimEnd();
      if (name.startsWith('#1/')) {
        // BSD: the name is the first bytes of the data.
        const nameLength = Number(name.slice(3));
        if (!(nameLength <= Math.min(stored, MAX_NAME_BYTES)))
          throw new Error(`a member name is said to be ${name.slice(3)} bytes, more than its member or the ${MAX_NAME_BYTES / 1024} KiB a name may have`);
        name = (await reader.exactly(nameLength)).toString().replace(/\0+$/, '');
        size -= nameLength;
      } else if (name === '//') {
        if (size > MAX_NAME_TABLE_BYTES) throw new Error(`its long-name table is ${size} bytes, more than the ${MAX_NAME_TABLE_BYTES / 1024 / 1024} MiB held in memory`);
        longNames = (await reader.exactly(size)).toString();
        await reader.skip(stored % 2);
        continue;
      } else if (name === '/' || name === '/SYM64/') {
        await reader.skip(stored + (stored % 2)); // the symbol table
        continue;
      } else if (/^\/\d+$/.test(name)) {
        const start = Number(name.slice(1)); // GNU: an offset into the long-name table
        name = longNames.slice(start, longNames.indexOf('/\n', start) === -1 ? undefined : longNames.indexOf('/\n', start));
      } else if (name.endsWith('/')) {
        name = name.slice(0, -1);
      }
      let taken = false;
      yield {
        name,
        compressedSize: null,
        isolated: false,
        data: async () => ((taken = true), reader.take(size)),
      };
      if (!taken) await reader.skip(size);
      await reader.skip(stored % 2);
    }
  } finally {
    input.destroy();
  }
}
