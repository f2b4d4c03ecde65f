// The runner's side of a step: inputs from INPUT_*, workflow commands on standard output, outputs in
// GITHUB_OUTPUT, the job summary in GITHUB_STEP_SUMMARY. The same commands and escaping as
// @actions/core 3, which cannot be bundled without its OIDC client (@actions/http-client, undici,
// tunnel) and @actions/exec: evaluated on every run, they were most of the action's start-up.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Where an annotation points, as the runner reads it. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** INPUT_<NAME> (spaces as `_`), trimmed unless `trimWhitespace` is false; '' when unset. */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return options.trimWhitespace === false ? value : value.trim();
}

/** The runner masks `secret` in every log line after this one. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/** A step output: a heredoc in GITHUB_OUTPUT with a random delimiter (the `set-output` command without it). */
export function setOutput(name: string, value: string | number): void {
  const text = String(value);
  const file = process.env.GITHUB_OUTPUT ?? '';
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', text, { name });
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Shown only when the run has debug logging on (RUNNER_DEBUG). */
export function debug(message: string): void {
  issue('debug', message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', message, commandProperties(properties));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', message, commandProperties(properties));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', message, commandProperties(properties));
}

/** Lines until endGroup() fold under `name` in the log. */
export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup', '');
}

export async function group<T>(name: string, task: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await task();
  } finally {
    endGroup();
  }
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); rejects when the runner gives none or it cannot be written. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown, { encoding: 'utf8' });
}

/** Annotation properties by the names the runner reads; none when none were given. */
function commandProperties(properties: AnnotationProperties): CommandProperties | undefined {
  return Object.keys(properties).length > 0 ? { title: properties.title, file: properties.file, line: properties.startLine } : undefined;
}

type CommandProperties = Record<string, string | number | undefined>;

/**
 * `::command key=value,…::message`: line breaks and `%` escaped everywhere, `:` and `,` in values
 * too, so no text can end a command or start another. Empty values are left out; with properties
 * given, a space follows the command even when all are empty, as @actions/core writes it.
 */
function issue(command: string, message: string, properties?: CommandProperties): void {
  const list = Object.entries(properties ?? {})
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${properties ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
