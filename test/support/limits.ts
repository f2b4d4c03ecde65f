// Runs the action under an open-files limit and reports its peak memory (RSS), via python3's
// resource module: Node cannot read a child's rusage, and python3 is on every runner image.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const WRAPPER = `
import resource, subprocess, sys
out, nofile = sys.argv[1], int(sys.argv[2])
limit = lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
code = subprocess.call(sys.argv[3:], preexec_fn=limit)
open(out, "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
`;

/** A `wrapper` for runAction, and a reader of the peak RSS in MiB once the run is over. */
export function limitedRun(openFiles: number): { wrapper: string[]; peakRssMiB: () => Promise<number> } {
  const out = path.join(os.tmpdir(), `arg-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return {
    wrapper: ['python3', '-c', WRAPPER, out, String(openFiles)],
    peakRssMiB: async () => Number(await readFile(out, 'utf8')) / 1024, // ru_maxrss is in KiB on Linux
  };
}
