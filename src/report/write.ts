// The one place src/report/ touches the file system: a rendered report written where a front door says.
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';

const FLUSH_BYTES = 64 * 1024;

/** Writes the pieces in chunks of about 64 KiB, creating the directory; a big report is never one string. */
export async function writeReportFile(filePath: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const file = await open(filePath, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= FLUSH_BYTES) {
        await file.write(pending);
        pending = '';
      }
    }
    await file.write(pending);
  } finally {
    await file.close();
  }
}
