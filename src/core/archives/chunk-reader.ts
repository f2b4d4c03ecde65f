// Exact reads over a stream of chunks, for formats read by hand (ar).
import type { Readable } from 'node:stream';

export class ChunkReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private pending: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(input: Readable) {
    this.chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** Up to the first `length` bytes, left unread. */
  async peek(length: number): Promise<Buffer> {
    const read = (await this.read(length)) ?? Buffer.alloc(0);
    this.pending = this.pending.length === 0 ? read : Buffer.concat([read, this.pending]);
    return read;
  }

  /** Everything not read yet. */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.pending.length > 0) yield this.pending;
    this.pending = Buffer.alloc(0);
    for (let next = await this.chunks.next(); !next.done; next = await this.chunks.next()) yield next.value;
  }

  /** Up to `length` bytes: fewer only at the end of the stream, null when it has ended. */
  async read(length: number): Promise<Buffer | null> {
    while (this.pending.length < length && !this.ended) {
      const next = await this.chunks.next();
      if (next.done) this.ended = true;
      else this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
    }
    if (this.pending.length === 0) return null;
    const read = this.pending.subarray(0, length);
    this.pending = this.pending.subarray(read.length);
    return read;
  }

  /** Exactly `length` bytes, or an error saying the data is cut short. */
  async exactly(length: number): Promise<Buffer> {
    const read = (await this.read(length)) ?? Buffer.alloc(0);
    if (read.length < length) throw new Error(`the data is cut short (${length} bytes expected, ${read.length} left)`);
    return read;
  }

  /** The next `length` bytes as chunks, without holding them together. */
  async *take(length: number): AsyncGenerator<Buffer> {
    for (let left = length; left > 0;) {
      if (this.pending.length === 0) {
        const next = await this.chunks.next();
        if (next.done) throw new Error(`the data is cut short (${left} of ${length} bytes missing)`);
        this.pending = next.value;
      }
      const chunk = this.pending.subarray(0, left);
      this.pending = this.pending.subarray(chunk.length);
      left -= chunk.length;
      yield chunk;
    }
  }

  async skip(length: number): Promise<void> {
    for await (const _ of this.take(length));
  }
}
