// The command line as a user gets it: `npm pack`, `npm install <tarball>` into a fresh project (offline:
// the package has no dependencies, both bundles carry theirs), then node_modules/.bin/artifact-reputation-gate.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './runner.ts';

const run = promisify(execFile);

export interface InstalledCli {
  /** node_modules/.bin/artifact-reputation-gate of the project it was installed into. */
  bin: string;
  /** What `npm pack` put in the tarball. */
  packedFiles: string[];
  remove(): Promise<void>;
}

/** Packs the repository and installs the tarball into a new temporary project. */
export async function installPackedCli(): Promise<InstalledCli> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'arg-cli-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', directory], { cwd: REPO_ROOT, env: npmEnv() });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  const project = path.join(directory, 'project');
  await run('mkdir', [project]);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-the-gate', private: true }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(directory, packed.filename)], { cwd: project, env: npmEnv() });
  return {
    bin: path.join(project, 'node_modules', '.bin', 'artifact-reputation-gate'),
    packedFiles: packed.files.map((file) => file.path).sort(),
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}

/** npm with the Node that runs the tests first on PATH (the bin's `#!/usr/bin/env node` finds it). */
function npmEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
}

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  /** Added to a minimal environment (PATH and HOME only, so the test machine's keys and NO_COLOR stay out). */
  env?: Record<string, string>;
  stdin?: string;
  /** Run on a pseudo-terminal of this many columns (util-linux `script`): stdout and stderr arrive together in `stdout`. */
  terminalColumns?: number;
  onSpawn?: (child: ChildProcess) => void;
  timeoutMs?: number;
}

export async function runCli(bin: string, args: readonly string[], options: CliOptions): Promise<CliRun> {
  const env = { PATH: npmEnv().PATH!, HOME: os.homedir(), ...options.env };
  const [command, commandArgs] = options.terminalColumns
    ? ['script', ['-q', '-e', '-c', `stty cols ${options.terminalColumns} rows 50; exec ${[bin, ...args].map(shellQuote).join(' ')}`, '/dev/null']]
    : [bin, [...args]];
  const child = spawn(command, commandArgs as string[], { cwd: options.cwd, env: { ...env, ...(options.terminalColumns && { TERM: 'xterm-256color' }) }, stdio: ['pipe', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return { exitCode, stdout, stderr };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Files in a directory, for checking what a run wrote. */
export async function filesIn(directory: string): Promise<string[]> {
  return (await readdir(directory)).sort();
}
