// Runs the bundled action the way the GitHub runner does: `node dist/index.js` with cwd = workspace,
// every input as INPUT_<NAME> (defaults from action.yml), and the runner's files for outputs and summary.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written, before parsing. */
  outputFile: string;
  summary: string;
  annotations: Annotation[];
  /** The parsed JSON report, when the run wrote one. */
  report: any;
  /** The release-notes Markdown (`markdown-path`), when the run wrote it. */
  releaseNotes: string | null;
  /** Wall time of the run, in milliseconds. */
  durationMs: number;
}

export interface RunOptions {
  workspace: string;
  /** The working directory, when it is not the workspace (as under @github/local-action). */
  cwd?: string;
  /** Inputs by their action.yml names; unset ones take action.yml's default, as on the runner. */
  inputs: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Run as this user (only when the tests run as root), e.g. to meet a permission error root never sees. */
  user?: { uid: number; gid: number };
  /** Wrap the command, e.g. ['bash', '-c', 'ulimit -n 256; exec "$@"', 'bash']. */
  wrapper?: string[];
  /** Called with the spawned process, e.g. to signal it while it runs. */
  onSpawn?: (child: ChildProcess) => void;
}

export async function actionDefaults(): Promise<Record<string, string>> {
  const meta = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries<any>(meta.inputs)) defaults[name] = spec.default === undefined ? '' : String(spec.default);
  return defaults;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'arg-runner-'));
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary.md');
  const runnerTemp = path.join(runnerDir, 'temp');
  await mkdir(runnerTemp);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  if (options.user) {
    for (const entry of [runnerDir, runnerTemp]) await chmod(entry, 0o777);
    for (const entry of [outputFile, summaryFile]) await chmod(entry, 0o666);
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTION: 'gate',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  const inputs = { ...(await actionDefaults()), ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const started = performance.now();
  const { node, bundle } = options.user ? await runnableAs(options.user, runnerDir) : { node: process.execPath, bundle: BUNDLE };
  const [command = node, ...args] = [...(options.wrapper ?? []), node, bundle];
  const child = spawn(command, args, { cwd: options.cwd ?? options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], ...options.user });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  const durationMs = performance.now() - started;

  const outputText = await readFile(outputFile, 'utf8');
  const outputs = parseOutputFile(outputText);
  let report: unknown = null;
  if (outputs['report-path']) report = JSON.parse(await readFile(outputs['report-path'], 'utf8').catch(() => 'null'));
  const releaseNotes = outputs['markdown-path'] ? await readFile(outputs['markdown-path'], 'utf8').catch(() => null) : null;
  const summary = await readFile(summaryFile, 'utf8');
  await rm(runnerDir, { recursive: true, force: true });
  return { exitCode, stdout, stderr, outputs, outputFile: outputText, summary, annotations: parseAnnotations(stdout), report, releaseNotes, durationMs };
}

/**
 * Node and the bundle as another user can run them: where they are is not always reachable by that
 * user (a checkout under a private home, say), so then they are copied into the run's own directory.
 */
async function runnableAs(user: { uid: number; gid: number }, runnerDir: string): Promise<{ node: string; bundle: string }> {
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BUNDLE)})`], { ...user, stdio: 'ignore' });
  if (probe.status === 0) return { node: process.execPath, bundle: BUNDLE };
  const node = path.join(runnerDir, 'node');
  await copyFile(process.execPath, node);
  await cp(path.dirname(BUNDLE), path.join(runnerDir, 'dist'), { recursive: true });
  await chmod(node, 0o755);
  return { node, bundle: path.join(runnerDir, 'dist', path.basename(BUNDLE)) };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value, the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] as string);
    if (!heredoc) continue;
    const [, name, delimiter] = heredoc as unknown as [string, string, string];
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/** Workflow command lines `::error k=v,k=v::message`, unescaped as the runner does. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  // The runner splits lines on \n only: U+2028 and the like stay inside a line, so match any character.
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::([\s\S]*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const separator = pair.indexOf('=');
      properties[pair.slice(0, separator)] = unescapeProperty(pair.slice(separator + 1));
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescapeData(match[3] as string) });
  }
  return annotations;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}
