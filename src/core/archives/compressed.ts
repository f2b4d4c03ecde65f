// gzip and zstd (node:zlib): a compressed tar is read as a tar; anything else compressed is one member.
import path from 'node:path';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { ChunkReader } from './chunk-reader.js';
import type { ArchiveEntry } from './entries.js';
import { ratioExceeded } from './limits.js';
import { SNIFF_BYTES, sniffContainer } from './sniff.js';
import { tarEntries } from './tar.js';

export async function* compressedEntries(kind: 'gzip' | 'zstd', input: Readable, containerName: string, maxRatio: number): AsyncGenerator<ArchiveEntry> {
  let compressed = 0;
  input.on('data', (chunk: Buffer) => (compressed += chunk.length));
  const output = pipeline(input, kind === 'gzip' ? createGunzip() : createZstdDecompress(), new RatioGuard(() => compressed, maxRatio), () => {});
  const reader = new ChunkReader(output);
  try {
    const head = await reader.peek(SNIFF_BYTES);
    const rest = Readable.from(reader.rest(), { objectMode: false });
    if (sniffContainer(head) === 'tar') {
      yield* tarEntries(rest);
    } else {
      yield { name: decompressedName(containerName), compressedSize: null, isolated: false, data: async () => rest };
    }
  } finally {
    output.destroy();
  }
}

/** `app.exe.gz` holds `app.exe`. */
function decompressedName(containerName: string): string {
  const base = path.posix.basename(containerName);
  const stripped = base.replace(/\.(gz|gzip|zst|zstd)$/i, '');
  return stripped === '' || stripped === base ? `${base} (decompressed)` : stripped;
}

/** Ends the stream once it has expanded more than the ratio allows over what was read so far. */
class RatioGuard extends Transform {
  private readonly compressedBytes: () => number;
  private readonly maxRatio: number;
  private expanded = 0;

  constructor(compressedBytes: () => number, maxRatio: number) {
    super();
    this.compressedBytes = compressedBytes;
    this.maxRatio = maxRatio;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.expanded += chunk.length;
    if (ratioExceeded(this.expanded, this.compressedBytes(), this.maxRatio)) callback(ratioError(this.maxRatio));
    else callback(null, chunk);
  }
}

export function ratioError(maxRatio: number): Error {
  return new Error(`it expands more than ${maxRatio} times its compressed size (archive-max-ratio): a compression bomb, or set a higher limit`);
}
