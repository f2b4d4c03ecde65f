// The command line's check, once the flags parsed: the key, the core's gate, the table on standard
// output, the reports asked for, and the exit status. Messages and progress go to standard error, so standard output
// holds the results alone (the table, then the URLs checked). The one place that decides the exit status.
import { readFileSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitOnCancel } from '../adapters/cancellation.js';
import { httpTransport } from '../adapters/http.js';
import { InputError, parseInputs, type Inputs } from '../core/options.js';
import { PROVIDERS } from '../core/providers.js';
import { redact } from '../core/redact.js';
import { runGate, type GatePorts, type GateSnapshot } from '../core/run-gate.js';
import type { ScanSummary } from '../core/types.js';
import type { CacheUse } from '../core/verdict-cache.js';
import { ACTION_NAME } from '../core/version.js';
import { PatternError, walkingGlob } from '../core/walk.js';
import { describeCacheUse } from '../report/cache-use.js';
import { renderConsoleTable } from '../report/console-table.js';
import { andUrls, describeCancelled, describeChecking, describeCheckingUrls, describeNoFiles, describePassed, describeSkipped, describeUploadsOn } from '../report/console.js';
import { describeExpiredAllow } from '../report/decision.js';
import { explain } from '../report/failure.js';
import { renderCodeQuality } from '../report/gitlab-codequality.js';
import { jsonReportText } from '../report/json-report.js';
import { renderJunit } from '../report/junit.js';
import { describeEstimate } from '../report/progress.js';
import { buildSarif, sarifText } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { oneLine, plural } from '../report/text.js';
import { describeUrlResults, renderUrlSection } from '../report/urls.js';
import { writeReportFile } from '../report/write.js';
import { directoryStore } from './cache-dir.js';
import { EXIT_CODES, exitCodeFor, type ExitCode } from './exit-codes.js';
import { cliMessage, inputReader, resolveApiKey, UsageError, wantsColor, type CommandLine } from './flags.js';
import { HashListError, parseHashList, type HashList } from './hash-list.js';
import { usageError } from './main.js';
import { CLEAR_LINE, liveProgressLine, plainProgressLine } from './progress-line.js';

/** Where SARIF rules point for help: the command line has no action repository to link. */
const SARIF_HELP_URI = 'https://docs.virustotal.com/reference/file-info';
/** On a terminal the live line is redrawn this often; a log gets the action's steady line every 30 s. */
const LIVE_PROGRESS_INTERVAL_MS = 1_000;

/** What the command line asked for, validated: nothing has been sent yet. */
interface Setup {
  commandLine: CommandLine;
  inputs: Inputs;
  workspace: string;
  /** With --hashes: the list, and how to name its source in messages. */
  hashList: (HashList & { source: string }) | null;
}

/** Checks what the command line names and returns the exit status. */
export async function runCommand(commandLine: CommandLine): Promise<ExitCode> {
  let setup: Setup;
  try {
    setup = await prepare(commandLine);
  } catch (error) {
    return usageError(error);
  }
  let current = (): GateSnapshot => ({ stage: 'listing', artifacts: 0, hashed: 0, lookups: null });
  const messages = new Messages();
  const stopCancelling = exitOnCancel((signal) => messages.say(`${ACTION_NAME}: ${describeCancelled(signal, current())}`));
  try {
    return await gate(setup, messages, (watch) => (current = watch));
  } catch (error) {
    if (error instanceof PatternError) {
      messages.say(`${ACTION_NAME}: ${error.message.replace('in `files`', 'given as a glob')}`);
      return EXIT_CODES.usage;
    }
    messages.say(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, setup.inputs.apiKey));
    return EXIT_CODES.usage;
  } finally {
    stopCancelling();
  }
}

/** Every check that needs no request: the flags, the key, the inputs, the hash list. Throws UsageError. */
async function prepare(commandLine: CommandLine): Promise<Setup> {
  const hashesFrom = commandLine.given.hashes;
  const urlsFrom = commandLine.given.urls;
  if (typeof hashesFrom === 'string' && commandLine.globs.length > 0) {
    throw new UsageError(`Give glob patterns or --hashes, not both (got --hashes ${hashesFrom} and ${plural(commandLine.globs.length, 'pattern')}: ${oneLine(commandLine.globs.join(' '))}).`);
  }
  if (hashesFrom === '-' && urlsFrom === '-') {
    throw new UsageError('--hashes - and --urls - cannot both read standard input: give one of them as a file (--hashes FILE or --urls FILE).');
  }
  const workspace = process.cwd();
  const apiKey = resolveApiKey(commandLine, process.env, (file) => readFileSync(path.resolve(workspace, file), 'utf8'));
  const urlsText = typeof urlsFrom === 'string' ? await readListText('urls', urlsFrom, workspace) : '';
  const read = inputReader(commandLine, apiKey, urlsText);
  let inputs: Inputs;
  try {
    // A hash list has no `files` patterns, and runGate reads none when it is given hashes.
    inputs = parseInputs(
      (name) => (name === 'files' && typeof hashesFrom === 'string' ? '(--hashes)' : read(name)),
      (file) => readFileSync(file, 'utf8'),
      workspace,
    );
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(cliMessage(error.message, apiKey));
    throw error;
  }
  const hashList = typeof hashesFrom === 'string' ? await readHashList(hashesFrom, workspace) : null;
  return { commandLine, inputs, workspace, hashList };
}

async function readHashList(from: string, workspace: string): Promise<HashList & { source: string }> {
  const source = from === '-' ? '--hashes - (standard input)' : `--hashes ${from}`;
  const text = await readListText('hashes', from, workspace);
  try {
    return { ...parseHashList(text, source), source };
  } catch (error) {
    if (error instanceof HashListError) throw new UsageError(error.message);
    throw error;
  }
}

/** The text of a list flag's FILE, or of standard input for `-`; an unreadable file is a usage error naming the flag. */
async function readListText(flag: 'hashes' | 'urls', from: string, workspace: string): Promise<string> {
  try {
    return from === '-' ? await readStandardInput() : await readFile(path.resolve(workspace, from), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(`--${flag} must name a readable file (or - for standard input); cannot read ${JSON.stringify(from)} (${reason}).`);
  }
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Lines on standard error. On a terminal the progress line is redrawn in place, and wiped before any
 * other line so the two never mix.
 */
class Messages {
  private readonly stream = process.stderr;
  readonly live = process.stderr.isTTY === true;
  private lineShown = false;

  say(line: string): void {
    this.clearProgress();
    this.stream.write(`${line}\n`);
  }

  progress(live: string, plain: string): void {
    if (this.live) {
      this.stream.write(live);
      this.lineShown = live !== CLEAR_LINE;
    } else if (plain !== '') {
      this.stream.write(plain);
    }
  }

  get columns(): number {
    return this.stream.columns || 80;
  }

  clearProgress(): void {
    if (!this.lineShown) return;
    this.stream.write(CLEAR_LINE);
    this.lineShown = false;
  }
}

/** The verdict cache in `--cache-dir`, when given (and `--cache` is not false); without it nothing is cached. */
function verdictCachePort(commandLine: CommandLine, inputs: Inputs, messages: Messages): GatePorts['cache'] {
  const directory = commandLine.given['cache-dir'];
  if (typeof directory !== 'string' || inputs.cache === null) return undefined;
  return { store: directoryStore(path.resolve(directory)), log: { warning: (message) => messages.say(`Warning: ${redact(message, inputs.apiKey)}`), debug: () => {} } };
}

async function gate({ commandLine, inputs, workspace, hashList }: Setup, messages: Messages, watch: (current: () => GateSnapshot) => void): Promise<ExitCode> {
  const providerName = PROVIDERS[inputs.provider].name;
  const estimate = { ms: 0, at: 0 };
  const ports: GatePorts = {
    glob: walkingGlob(workspace),
    http: httpTransport(process.env), // https_proxy, no_proxy and the like
    log: { debug: () => {} },
    progress: {
      listed: ({ artifacts, skipped }) => {
        if (skipped.length > 0) messages.say(describeSkipped(skipped));
        if (hashList) {
          const duplicates = hashList.duplicates > 0 ? ` (${plural(hashList.duplicates, 'repeated line')} left out)` : '';
          if (artifacts.length === 0) messages.say(`${hashList.source} lists no hash: nothing was checked.`);
          else messages.say(`Checking ${plural(artifacts.length, 'hash', 'hashes')}${duplicates}${andUrls(inputs.urls.length)} against ${providerName} (${inputs.apiUrl}).`);
        } else if (inputs.patterns === '') {
          messages.say(describeCheckingUrls(inputs.urls.length, providerName, inputs.apiUrl));
        } else if (artifacts.length === 0) {
          if (inputs.policy.ifNoFilesFound !== 'ignore') messages.say(`${inputs.policy.ifNoFilesFound === 'warn' ? 'Warning: ' : ''}${describeNoFiles(inputs.patterns)}`);
        } else {
          messages.say(describeChecking(artifacts.length, providerName, inputs.apiUrl, inputs.urls.length));
          if (inputs.uploadUnknown) messages.say(describeUploadsOn(providerName, inputs.uploadPatterns));
        }
      },
      hashed: ({ uniqueHashes, urls, requestsPerMinute, estimateMs, requestsPerUpload }) => {
        Object.assign(estimate, { ms: estimateMs, at: performance.now() });
        const line = describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls);
        if (line !== null) messages.say(line);
      },
      lookups: (progress) => {
        const remainingMs = Math.max(0, estimate.ms - (performance.now() - estimate.at));
        messages.progress(liveProgressLine(progress, remainingMs, messages.columns), plainProgressLine(progress, remainingMs));
      },
      watch,
    },
    cache: verdictCachePort(commandLine, inputs, messages),
  };
  const started = performance.now();
  const { judgement, cache } = await runGate({ ...inputs, workspace, ...(hashList && { hashes: hashList.hashes }), ...(messages.live && { progressIntervalMs: LIVE_PROGRESS_INTERVAL_MS }) }, ports);
  const durationMs = performance.now() - started;
  messages.clearProgress();
  const cacheUse = describeCacheUse(cache);
  if (cacheUse !== null) messages.say(cacheUse);
  const summary = explain(judgement, inputs.policy, providerName);
  const stdout = process.stdout;
  const color = wantsColor(stdout.isTTY === true, process.env, commandLine);
  // A URL-only run has no artifact table: its URLs follow.
  if (!summary.urlsOnly)
    stdout.write(
      renderConsoleTable(summary.results, { provider: inputs.provider, policy: inputs.policy, width: stdout.isTTY ? stdout.columns || 80 : null, color, subject: hashList ? 'HASH' : 'ARTIFACT' }),
    );
  const urlResults = describeUrlResults(summary.urls);
  if (urlResults) stdout.write(`${summary.urlsOnly ? '' : '\n'}${[urlResults.title, ...urlResults.lines.map((line) => `  ${line}`)].join('\n')}\n`);
  // As the action's annotations do: an allow line past its day is said, whether or not a file of this run has its hash.
  for (const expired of summary.expiredAllows) messages.say(`Warning: ${describeExpiredAllow(expired)}`);

  const writeFailures = await writeReports(summary, inputs, commandLine, messages, durationMs, cache);
  if (summary.result === 'fail') messages.say(`Gate failed: ${oneLine(summary.failureMessage)}`);
  else messages.say(describePassed(summary));
  for (const failure of writeFailures) messages.say(redact(failure, inputs.apiKey));
  // A report that was asked for and is missing is an error of its own; a failed gate still says 1.
  return summary.result === 'pass' && writeFailures.length > 0 ? EXIT_CODES.usage : exitCodeFor(summary.result);
}

/** Writes every report asked for; returns a line for each that could not be written. */
async function writeReports(summary: ScanSummary, inputs: Inputs, commandLine: CommandLine, messages: Messages, durationMs: number, cache: CacheUse | null): Promise<string[]> {
  const { provider, policy, apiUrl } = inputs;
  const generatedAt = new Date();
  const failures: string[] = [];
  const flagPath = (name: string) => (typeof commandLine.given[name] === 'string' ? path.resolve(commandLine.given[name]) : null);
  const write = async (flag: string, file: string | null, what: string, pieces: () => Iterable<string>): Promise<string | null> => {
    if (file === null) return null;
    try {
      await writeReportFile(file, pieces());
      messages.say(`${what}: ${file}`);
      return file;
    } catch (error) {
      failures.push(oneLine(`Could not write ${what} (--${flag} ${file}): ${error instanceof Error ? error.message : String(error)}`));
      return null;
    }
  };
  const jsonPath = await write('json', flagPath('json'), 'JSON report', () => jsonReportText(summary, { provider, apiUrl, policy, generatedAt, cache }));
  await write(commandLine.given.sarif === undefined ? 'sarif-path' : 'sarif', inputs.sarifPath, 'SARIF log', () => [
    sarifText(buildSarif(summary.results, { provider, policy, helpUri: SARIF_HELP_URI, ...(summary.urls && { urls: summary.urls }) })),
  ]);
  await write('junit', flagPath('junit'), 'JUnit report', () => [renderJunit(summary, { provider, policy, generatedAt, hostname: os.hostname(), durationMs })]);
  await write('gitlab-codequality', flagPath('gitlab-codequality'), 'GitLab Code Quality report', () => [
    renderCodeQuality(summary.results, { provider, policy, ...(summary.urls && { urls: summary.urls }) }),
  ]);
  const markdown = () => renderSummary(summary, { provider, policy, reportPath: jsonPath }) + renderUrlSection(summary.urls, provider, policy);
  await write('markdown', flagPath('markdown'), 'Markdown summary', () => [markdown()]);
  // Run inside a GitHub Actions job (a `run:` step), the summary goes where the action's would.
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  if (inputs.jobSummary && stepSummary) {
    try {
      await appendFile(stepSummary, markdown());
    } catch (error) {
      failures.push(oneLine(`Could not write the job summary (GITHUB_STEP_SUMMARY ${stepSummary}): ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return failures;
}
