// The pipeline, top to bottom: inputs, artifacts, hashes and lookups, verdicts, reports.
// The one place that decides the job's outcome.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findArtifacts } from './artifacts.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { emitAnnotations, planAnnotations } from './report/annotations.js';
import { writeJsonReport } from './report/json-report.js';
import { PROVIDER_NAMES } from './report/links.js';
import { setOutputs } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { oneLine } from './report/text.js';
import { ReputationClient } from './reputation/client.js';
import { Lookups } from './reputation/lookups.js';
import { scanArtifacts } from './scan.js';
import type { ScanSummary } from './types.js';
import { summarize } from './verdict.js';
import { ACTION_NAME, ACTION_VERSION } from './version.js';

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
  const redact = (text: string) => text.split(inputs.apiKey).join('***');
  try {
    await gate(inputs);
  } catch (error) {
    core.setFailed(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function gate(inputs: Inputs): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const providerName = PROVIDER_NAMES[inputs.provider];

  const { artifacts, skipped } = await findArtifacts(inputs.patterns, workspace);
  for (const { path: skippedPath, reason } of skipped) core.info(`Skipped ${oneLine(skippedPath)}: ${reason}`);
  if (artifacts.length === 0) {
    const message = `No files were found with the provided patterns: ${oneLine(inputs.patterns.trim().split('\n').join(', '))}. No artifacts were checked.`;
    if (inputs.policy.ifNoFilesFound === 'warn') core.warning(message);
    else core.info(message); // for `error`, the verdict fails the job with its own line
  } else {
    core.info(`Checking ${artifacts.length} artifact${artifacts.length === 1 ? '' : 's'} against ${providerName} (${inputs.apiUrl}).`);
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
  });
  const ticker = setInterval(() => logProgress(lookups), PROGRESS_INTERVAL_MS).unref();
  let scanned;
  try {
    scanned = await scanArtifacts(artifacts, {
      lookup: (sha256) => lookups.lookup(sha256),
      onHashingDone: (uniqueHashes) => logEstimate(lookups, uniqueHashes, inputs.requestsPerMinute),
    });
  } finally {
    clearInterval(ticker);
    client.dispose();
  }

  const summary = summarize(scanned, inputs.policy, providerName);
  logResults(summary);
  emitAnnotations(planAnnotations(summary.results, inputs.provider));

  const reportPath = await reportFilePath();
  await writeJsonReport(reportPath, summary, { provider: inputs.provider, apiUrl: inputs.apiUrl, policy: inputs.policy, generatedAt: new Date() });
  core.info(`JSON report: ${reportPath}`);
  if (inputs.jobSummary) {
    await core.summary.addRaw(renderSummary(summary, { provider: inputs.provider, policy: inputs.policy, reportPath })).write();
  }
  setOutputs(summary, reportPath);
  if (summary.result === 'fail') core.setFailed(summary.failureMessage);
  else core.info(`Gate passed: ${summary.counts.scanned} artifact${summary.counts.scanned === 1 ? '' : 's'} checked.`);
}

/** Before a long paced scan, say how long it will take, so nobody thinks the job hangs. */
function logEstimate(lookups: Lookups, uniqueHashes: number, requestsPerMinute: number): void {
  const estimateMs = lookups.estimateMs(lookups.progress().pending);
  if (estimateMs < 60_000) return;
  core.info(`${uniqueHashes} unique hashes at ${requestsPerMinute}/min: about ${formatDuration(estimateMs)}. Raise \`requests-per-minute\` if your key allows more.`);
}

function logProgress(lookups: Lookups): void {
  const { done, errors, inFlight, pending, pausedForMs } = lookups.progress();
  if (pending === 0) return;
  const paused = pausedForMs > 0 ? `; paused ${Math.ceil(pausedForMs / 1000)} s for the service's quota` : '';
  core.info(`Lookups: ${done} done (${errors} failed), ${inFlight} in flight, ${pending - inFlight} waiting${paused}.`);
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.ceil(ms / 1000)} seconds`;
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${(ms / 3_600_000).toFixed(1)} hours`;
}

function logResults(summary: ScanSummary): void {
  if (summary.results.length === 0) return;
  core.startGroup(`Results: ${summary.counts.malicious} malicious, ${summary.counts.unknown} unknown, ${summary.counts.error} errors, ${summary.counts.clean} clean`);
  for (const { artifact, status, report, error } of summary.results) {
    const detail = report ? ` ${report.stats.malicious}/${report.engineCount}` : error ? `: ${error.message}` : '';
    core.info(`${status.padEnd(9)} ${oneLine(artifact.displayPath)}${oneLine(detail)}`);
  }
  core.endGroup();
}

/** Under RUNNER_TEMP, named after the step, so two uses of the action in one job keep both reports. */
async function reportFilePath(): Promise<string> {
  const directory = path.join(process.env.RUNNER_TEMP || os.tmpdir(), ACTION_NAME);
  await mkdir(directory, { recursive: true });
  const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
  return path.join(directory, `${step}.json`);
}
