// The pipeline, top to bottom: inputs, artifacts, hashes and lookups, verdicts, reports.
// The one place that decides the job's outcome.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findArtifacts } from './artifacts.js';
import { HashPool } from './hashing.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { emitAnnotations, planAnnotations } from './report/annotations.js';
import { writeJsonReport } from './report/json-report.js';
import { renderReleaseNotes, writeReleaseNotes } from './report/markdown.js';
import { PROVIDER_NAMES } from './report/links.js';
import { setOutputs } from './report/outputs.js';
import { buildSarif, writeSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { oneLine, redact } from './report/text.js';
import { ReputationClient } from './reputation/client.js';
import { Lookups } from './reputation/lookups.js';
import { describeEstimate, describeProgress } from './reputation/progress.js';
import { scanArtifacts } from './scan.js';
import type { Provider, ScanSummary } from './types.js';
import { plural, summarize } from './verdict.js';
import { ACTION_NAME, ACTION_VERSION } from './version.js';
import { rootPatterns, workspaceDirectory } from './workspace.js';

/** What to change when the quota stays exhausted, for the provider's keys. */
const QUOTA_HINTS: Record<Provider, string> = {
  virustotal:
    'A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
  reversinglabs: "Set `requests-per-minute` to your ReversingLabs account's rate limit, or ask ReversingLabs for a larger quota.",
};

/** How often a long scan logs where it is: steady, not a line per request. */
const PROGRESS_INTERVAL_MS = 30_000;

export async function run(): Promise<void> {
  let inputs: Inputs;
  try {
    inputs = getInputs();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    core.setFailed(error.message);
    return;
  }
  try {
    await gate(inputs);
  } catch (error) {
    core.setFailed(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, inputs.apiKey));
  }
}

async function gate(inputs: Inputs): Promise<void> {
  const workspace = workspaceDirectory();
  const providerName = PROVIDER_NAMES[inputs.provider];

  const started = performance.now();
  const { artifacts, skipped } = await findArtifacts(rootPatterns(inputs.patterns, workspace), workspace);
  core.debug(`Listed ${artifacts.length} artifacts in ${Math.round(performance.now() - started)} ms.`);
  if (skipped.length > 0) core.notice(describeSkipped(skipped), { title: 'Matched paths skipped' });
  if (artifacts.length === 0) {
    const message = `No files were found with the provided patterns: ${oneLine(inputs.patterns.trim().split('\n').join(', '))}. No artifacts were checked.`;
    if (inputs.policy.ifNoFilesFound === 'warn') core.warning(message);
    else core.info(message); // for `error`, the verdict fails the job with its own line
  } else {
    core.info(`Checking ${plural(artifacts.length, 'artifact')} against ${providerName} (${inputs.apiUrl}).`);
  }

  const client = new ReputationClient({
    apiUrl: inputs.apiUrl,
    apiKey: inputs.apiKey,
    userAgent: `${ACTION_NAME}/${ACTION_VERSION}`,
    requestTimeoutMs: inputs.requestTimeoutMs,
  });
  const lookups = new Lookups(client, {
    concurrency: inputs.concurrency,
    requestsPerWindow: inputs.requestsPerMinute,
    maxRetries: inputs.maxRetries,
    quotaHint: QUOTA_HINTS[inputs.provider],
  });
  const hashPool = new HashPool();
  const ticker = setInterval(() => logIfAny(describeProgress(lookups.progress())), PROGRESS_INTERVAL_MS).unref();
  let scanned;
  try {
    scanned = await scanArtifacts(artifacts, {
      hash: (path) => hashPool.hash(path),
      hashConcurrency: hashPool.capacity,
      lookup: (sha256) => lookups.lookup(sha256),
      // Hashing outruns paced lookups, so the count is known long before the wait ends.
      onHashingDone: (uniqueHashes) => {
        core.debug(`Hashed ${artifacts.length} artifacts (${uniqueHashes} unique) at ${Math.round(performance.now() - started)} ms.`);
        logIfAny(describeEstimate(uniqueHashes, inputs.requestsPerMinute, lookups.estimateRemainingMs()));
      },
    });
  } finally {
    clearInterval(ticker);
    lookups.stop('The scan stopped before this lookup.'); // nothing left to wait for, should the scan have failed
    await hashPool.close();
    client.dispose();
  }
  core.debug(`Looked up every hash at ${Math.round(performance.now() - started)} ms.`);
  const summary = summarize(scanned, inputs.policy, providerName);
  logResults(summary);
  emitAnnotations(planAnnotations(summary.results, inputs.provider, inputs.policy, summary.result === 'fail'));

  const reportPath = await reportFilePath('json');
  const generatedAt = new Date();
  await writeJsonReport(reportPath, summary, { provider: inputs.provider, apiUrl: inputs.apiUrl, policy: inputs.policy, generatedAt });
  core.info(`JSON report: ${reportPath}`);
  const markdownPath = await reportFilePath('md');
  await writeReleaseNotes(markdownPath, renderReleaseNotes(summary, { provider: inputs.provider, policy: inputs.policy, generatedAt }));
  core.info(`Release notes (Markdown): ${markdownPath}`);
  if (inputs.sarifPath) {
    await writeSarif(inputs.sarifPath, buildSarif(summary.results, { provider: inputs.provider, policy: inputs.policy, helpUri: actionHomepage() }));
    core.info(`SARIF log: ${inputs.sarifPath}`);
  }
  if (inputs.jobSummary) {
    await core.summary.addRaw(renderSummary(summary, { provider: inputs.provider, policy: inputs.policy, reportPath, ...(actionRepository() && { helpUri: actionHomepage() }) })).write();
  }
  setOutputs(summary, { reportPath, markdownPath, sarifPath: inputs.sarifPath });
  if (summary.result === 'fail') core.setFailed(summary.failureMessage);
  else core.info(`Gate passed: ${plural(summary.counts.scanned, 'artifact')} checked.`);
}

const SKIPPED_LISTED = 10;

function describeSkipped(skipped: { path: string; reason: string }[]): string {
  const listed = skipped.slice(0, SKIPPED_LISTED).map(({ path: skippedPath, reason }) => `${skippedPath} (${reason})`);
  const more = skipped.length > SKIPPED_LISTED ? `, and ${skipped.length - SKIPPED_LISTED} more` : '';
  return `Skipped ${plural(skipped.length, 'matched path')} that ${skipped.length === 1 ? 'is' : 'are'} not a file to check: ${listed.join(', ')}${more}.`;
}

function logIfAny(line: string | null): void {
  if (line !== null) core.info(line);
}

function logResults(summary: ScanSummary): void {
  if (summary.results.length === 0) return;
  const { counts } = summary;
  core.startGroup(`Results: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${counts.unknown + counts.unanalysed} unknown, ${counts.error} errors, ${counts.allowed} allowed, ${counts.clean} clean`);
  for (const { artifact, status, report, counted, error, allowed } of summary.results) {
    const detail = allowed ? ` (${allowed.reason})` : report && counted ? ` ${counted.malicious}/${report.engineCount}` : error ? `: ${error.message}` : '';
    core.info(`${status.padEnd(10)} ${oneLine(artifact.displayPath)}${oneLine(detail)}`);
  }
  core.endGroup();
}

/** The action's `owner/name`, when the runner says it (outside a runner, as on a laptop, it may not). */
function actionRepository(): string | undefined {
  return process.env.GITHUB_ACTION_REPOSITORY || process.env.GITHUB_REPOSITORY || undefined;
}

/** The action's own repository on GitHub (also when it runs as `uses: ./`), for help links. */
function actionHomepage(): string {
  const repository = actionRepository();
  return repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}` : 'https://docs.virustotal.com/reference/file-info';
}

/** Under RUNNER_TEMP, named after the step, so two uses of the action in one job keep both reports. */
async function reportFilePath(extension: 'json' | 'md'): Promise<string> {
  const directory = path.join(process.env.RUNNER_TEMP || os.tmpdir(), ACTION_NAME);
  await mkdir(directory, { recursive: true });
  const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
  return path.join(directory, `${step}.${extension}`);
}
