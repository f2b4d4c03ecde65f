// The command line's entry point: flags first, so --help, --version and a mistyped flag answer without
// loading the gate (src/cli/run.ts, the reports and the HTTP library load only for a check).
import { ACTION_NAME, ACTION_VERSION } from '../core/version.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { helpText, parseCommandLine, UsageError, type CommandLine } from './flags.js';

/** Runs the command line and returns the exit status; the caller exits with it. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let commandLine: CommandLine;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    return usageError(error);
  }
  if (commandLine.given.help) {
    process.stdout.write(helpText(ACTION_VERSION));
    return EXIT_CODES.passed;
  }
  if (commandLine.given.version) {
    process.stdout.write(`${ACTION_VERSION}\n`);
    return EXIT_CODES.passed;
  }
  const { runCommand } = await import('./run.js');
  return runCommand(commandLine);
}

/** A UsageError as the command line shows it (exit 2); anything else is rethrown. */
export function usageError(error: unknown): ExitCode {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${ACTION_NAME}: ${error.message}\n`);
  return EXIT_CODES.usage;
}
