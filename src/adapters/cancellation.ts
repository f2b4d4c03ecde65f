// When the runner cancels a job (or a person presses Ctrl-C) the process gets SIGINT, then SIGTERM.
// Without a handler the process ends without a word; with one that only logged, the hash threads and
// open connections would keep it alive. One line says how far the scan got, then the process exits at
// once. Shared by both front doors.
import os from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Until the returned function is called, SIGINT or SIGTERM is reported (how far the scan got) and
 * the process exits with 128 + the signal's number, as a shell reports a process ended by that signal.
 */
export function exitOnCancel(report: (signal: string) => void): () => void {
  const cancel = (signal: (typeof SIGNALS)[number]) => {
    report(signal);
    process.exit(128 + os.constants.signals[signal]);
  };
  for (const signal of SIGNALS) process.once(signal, cancel);
  return () => {
    for (const signal of SIGNALS) process.off(signal, cancel);
  };
}
