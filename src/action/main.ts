// The action's front door: inputs from the runner, the core's gate, then every report, the outputs
// and the job's outcome. The one place that decides the job's outcome.
import * as core from './workflow.js';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { httpTransport } from '../adapters/http.js';
import { limitHeapGrowth } from '../adapters/heap-growth.js';
import { InputError, type Inputs } from '../core/options.js';
import { PROVIDERS } from '../core/providers.js';
import { redact } from '../core/redact.js';
import { runGate, type GatePorts, type GateSnapshot } from '../core/run-gate.js';
import { walkingGlob } from '../core/walk.js';
import { ACTION_NAME } from '../core/version.js';
import { workspaceDirectory } from '../core/workspace.js';
import { planAnnotations } from '../report/annotations.js';
import { describeCancelled, describeChecking, describeCheckingUrls, describeNoFiles, describePassed, describeResults, describeSkipped, describeUploadsOn } from '../report/console.js';
import { explain } from '../report/failure.js';
import { jsonReportText } from '../report/json-report.js';
import { renderReleaseNotes } from '../report/markdown.js';
import { describeEstimate, describeProgress } from '../report/progress.js';
import { buildSarif, sarifText } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { oneLine } from '../report/text.js';
import { describeUrlResults, planUrlAnnotations, renderUrlSection } from '../report/urls.js';
import { writeReportFile } from '../report/write.js';
import { describeCacheUse, summaryCacheNote } from '../report/cache-use.js';
import { actionsCacheStore } from './cache.js';
import { emitAnnotations } from './annotations.js';
import { exitOnCancel } from '../adapters/cancellation.js';
import { getInputs } from './inputs.js';
import { setOutputs } from './outputs.js';

const LINES_PER_WRITE = 1_000;

export async function run(): Promise<void> {
  limitHeapGrowth();
  const workspace = workspaceDirectory(process.env.GITHUB_WORKSPACE, process.cwd());
  let inputs: Inputs;
  try {
    inputs = getInputs(workspace);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    core.setFailed(error.message);
    return;
  }
  let current = (): GateSnapshot => ({ stage: 'listing', artifacts: 0, hashed: 0, lookups: null });
  const stopCancelling = exitOnCancel((signal) => core.error(describeCancelled(signal, current())));
  try {
    await gate(inputs, workspace, (watch) => (current = watch));
  } catch (error) {
    core.setFailed(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, inputs.apiKey));
  } finally {
    stopCancelling();
  }
}

async function gate(inputs: Inputs, workspace: string, watch: (current: () => GateSnapshot) => void): Promise<void> {
  const providerName = PROVIDERS[inputs.provider].name;
  const ports: GatePorts = {
    glob: walkingGlob(process.cwd()), // patterns are rooted where the step runs, as with @actions/glob
    http: httpTransport(process.env), // https_proxy, no_proxy and the like
    log: { debug: (message) => core.debug(message) },
    progress: {
      listed: ({ artifacts, skipped }) => {
        if (skipped.length > 0) core.notice(describeSkipped(skipped), { title: 'Matched paths skipped' });
        if (inputs.patterns === '') {
          core.info(describeCheckingUrls(inputs.urls.length, providerName, inputs.apiUrl));
        } else if (artifacts.length === 0) {
          if (inputs.policy.ifNoFilesFound === 'warn') core.warning(describeNoFiles(inputs.patterns));
          else core.info(describeNoFiles(inputs.patterns)); // for `error`, the verdict fails the job with its own line
        } else {
          core.info(describeChecking(artifacts.length, providerName, inputs.apiUrl, inputs.urls.length));
          if (inputs.uploadUnknown) core.notice(describeUploadsOn(providerName, inputs.uploadPatterns), { title: 'Unknown files are uploaded' });
        }
      },
      hashed: ({ uniqueHashes, urls, requestsPerMinute, estimateMs, requestsPerUpload }) => logIfAny(describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls)),
      lookups: (progress) => logIfAny(describeProgress(progress)),
      watch,
    },
    cache: verdictCachePort(inputs),
  };
  const { judgement, cache } = await runGate({ ...inputs, workspace }, ports);
  logIfAny(describeCacheUse(cache));
  const summary = explain(judgement, inputs.policy, providerName);
  for (const results of [describeResults(summary, inputs.policy, inputs.provider), describeUrlResults(summary.urls)]) {
    if (!results) continue;
    core.startGroup(results.title);
    // A write per thousand lines, not per artifact: the same log, far fewer system calls on big
    // trees; and the lines are rendered as they are written, so a thousand at most are held.
    let batch: string[] = [];
    for (const line of results.lines) {
      batch.push(line);
      if (batch.length < LINES_PER_WRITE) continue;
      core.info(batch.join('\n'));
      batch = [];
    }
    if (batch.length > 0) core.info(batch.join('\n'));
    core.endGroup();
  }
  emitAnnotations([
    ...planAnnotations(summary.results, inputs.provider, inputs.policy, summary.result === 'fail', summary.expiredAllows),
    ...planUrlAnnotations(summary.urls, inputs.provider, inputs.policy),
  ]);

  // A report that cannot be written is its own error: the verdict, the outputs and the gate's own
  // failure line still come out, and `result` stays what was judged.
  const writeFailures: string[] = [];
  const attemptWrite = async <T>(what: string, write: () => Promise<T>): Promise<T | null> => {
    try {
      return await write();
    } catch (error) {
      writeFailures.push(oneLine(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`));
      return null;
    }
  };
  const generatedAt = new Date();
  const reportPath = await attemptWrite('the JSON report', async () => {
    const file = await reportFilePath('json');
    await writeReportFile(file, jsonReportText(summary, { provider: inputs.provider, apiUrl: inputs.apiUrl, policy: inputs.policy, generatedAt, cache }));
    core.info(`JSON report: ${file}`);
    return file;
  });
  const markdownPath = await attemptWrite('the release notes (markdown-path)', async () => {
    const file = await reportFilePath('md');
    await writeReportFile(file, [renderReleaseNotes(summary, { provider: inputs.provider, policy: inputs.policy, generatedAt })]);
    core.info(`Release notes (Markdown): ${file}`);
    return file;
  });
  const sarifPath = inputs.sarifPath
    ? await attemptWrite(`the SARIF log (sarif-path ${inputs.sarifPath})`, async () => {
        await writeReportFile(inputs.sarifPath!, [
          sarifText(buildSarif(summary.results, { provider: inputs.provider, policy: inputs.policy, helpUri: actionHomepage(), ...(summary.urls && { urls: summary.urls }) })),
        ]);
        core.info(`SARIF log: ${inputs.sarifPath}`);
        return inputs.sarifPath;
      })
    : null;
  if (inputs.jobSummary) {
    await attemptWrite('the job summary', () =>
      core.appendSummary(
        renderSummary(summary, { provider: inputs.provider, policy: inputs.policy, reportPath, ...(actionRepository() && { helpUri: actionHomepage() }) }) +
          renderUrlSection(summary.urls, inputs.provider, inputs.policy) +
          summaryCacheNote(cache),
      ),
    );
  }
  // The gate's own failure line first: nothing after it (not even the outputs file) can hide it.
  if (summary.result === 'fail') core.setFailed(oneLine(summary.failureMessage));
  else core.info(describePassed(summary));
  await attemptWrite('the step outputs (GITHUB_OUTPUT)', async () => setOutputs(summary, { reportPath: reportPath ?? '', markdownPath: markdownPath ?? '', sarifPath }));
  // A report that was asked for and is missing fails the step too; `result` above says what was judged.
  for (const failure of writeFailures) core.setFailed(redact(failure, inputs.apiKey));
}

/** The GitHub Actions cache as the verdict cache's store, when `cache` is on and the runner has one. */
function verdictCachePort(inputs: Inputs): GatePorts['cache'] {
  if (inputs.cache === null) return undefined;
  const store = actionsCacheStore();
  if (store === null) {
    core.info('The verdict cache is off: this runner has no GitHub Actions cache service (neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set).');
    return undefined;
  }
  return { store, log: { warning: (message) => core.warning(redact(message, inputs.apiKey)), debug: (message) => core.debug(message) } };
}

function logIfAny(line: string | null): void {
  if (line !== null) core.info(line);
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
