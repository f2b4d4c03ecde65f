// Microsoft's SARIF multitool (the npm package ships a self-contained .NET binary per platform):
// `validate` with the SARIF and GitHub rule kinds, the checks code scanning's own ingestion mirrors.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  message: string;
}

/** The multitool's binary for this platform. */
export const MULTITOOL: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');

/** Every error and warning `validate --rule-kind "Sarif;Gh"` reports on the log. */
export async function multitoolFindings(log: unknown): Promise<MultitoolFinding[]> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'arg-sarif-'));
  try {
    const input = path.join(directory, 'log.sarif');
    const output = path.join(directory, 'validation.sarif');
    await writeFile(input, JSON.stringify(log, null, 2));
    // The GitHub rules need the GitHub rule kind; the default configuration enables every rule of the kinds asked for.
    await promisify(execFile)(MULTITOOL, ['validate', input, '--rule-kind', 'Sarif;Gh', '--output', output, '--log', 'ForceOverwrite'], {
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
      timeout: 120_000,
    });
    const validation = JSON.parse(await readFile(output, 'utf8'));
    const run = validation.runs[0];
    // Tool failures (a rule that crashed, a bad configuration) are findings too: none may pass silently.
    const notifications = (run.invocations ?? []).flatMap((invocation: any) => [...(invocation.toolExecutionNotifications ?? []), ...(invocation.toolConfigurationNotifications ?? [])]);
    return [...(run.results ?? []), ...notifications]
      .filter((r: any) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning')
      .map((r: any) => ({ ruleId: r.ruleId ?? r.descriptor?.id ?? '(tool)', level: r.level ?? 'warning', message: r.message?.text ?? JSON.stringify(r.message) }));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
