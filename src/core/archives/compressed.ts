// gzip and zstd (node:zlib), xz (xz-decompress: xz-embedded built to WebAssembly, no native code): a
// compressed tar is read as a tar; anything else compressed is one member.
import path from 'node:path';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { XzReadableStream } from 'xz-decompress';
import { ChunkReader } from './chunk-reader.js';
import type { ArchiveEntry } from './entries.js';
import { ratioExceeded } from './limits.js';
import { SNIFF_BYTES, sniffContainer } from './sniff.js';
import { tarEntries } from './tar.js';

export type CompressionKind = 'gzip' | 'zstd' | 'xz';

export async function* compressedEntries(kind: CompressionKind, input: Readable, containerName: string, maxRatio: number): AsyncGenerator<ArchiveEntry> {
  let compressed = 0;
  input.on('data', (chunk: Buffer) => (compressed += chunk.length));
  const guard = new RatioGuard(() => compressed, maxRatio);
  const output = kind === 'xz' ? pipeline(xzDecoded(input), guard, () => {}) : pipeline(input, kind === 'gzip' ? createGunzip() : createZstdDecompress(), guard, () => {});
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
  const stripped = base.replace(/\.(gz|gzip|zst|zstd|xz)$/i, '');
  return stripped === '' || stripped === base ? `${base} (decompressed)` : stripped;
}

/** What xz-embedded's return codes mean (xz.h), for the reason an xz stream was not read. */
const XZ_ERRORS: Record<string, string> = {
  '2': 'its integrity check is of a kind the decoder does not know',
  '3': 'the decoder ran out of memory',
  '4': 'it needs a dictionary larger than the 64 MiB the decoder allows (xz -9 uses 64 MiB)',
  '5': 'its stream header is not valid xz',
  '6': 'it uses filters or options the decoder does not support',
  '7': 'its compressed data is corrupt',
  '8': 'it is cut short or corrupt',
};

/**
 * The decompressed bytes of an xz stream. Its decoder holds one stream at a time in the whole process
 * (the walk never opens an xz inside an xz being read), with a dictionary of at most 64 MiB.
 */
function xzDecoded(input: Readable): Readable {
  const decoded = Readable.fromWeb(new XzReadableStream(Readable.toWeb(input) as ReadableStream<Uint8Array>) as unknown as WebReadableStream<Uint8Array>);
  decoded.once('error', (error: Error) => {
    const code = /error code (\d+)$/.exec(error.message)?.[1];
    // The decoder reads past the end of a stream that stops between its chunks as a TypeError.
    error.message = code !== undefined ? (XZ_ERRORS[code] ?? `the decoder failed (code ${code})`) : error instanceof TypeError ? 'it is cut short' : error.message;
  });
  return decoded;
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
