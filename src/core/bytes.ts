// Names as bytes: a path that is not valid UTF-8 shown so people can read it and tell it apart.
import { isUtf8 } from 'node:buffer';

/**
 * A path's bytes as text people can read: valid UTF-8 as itself, each byte that is not as `\xNN`,
 * so two names that differ only there are shown apart.
 */
export function showBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString();
  let shown = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      shown += bytes.subarray(i, i + length).toString();
      i += length;
    } else {
      shown += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return shown;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Buffer, i: number): number {
  for (let length = 1; length <= 4 && i + length <= bytes.length; length++) {
    if (isUtf8(bytes.subarray(i, i + length))) return length;
  }
  return 0;
}
