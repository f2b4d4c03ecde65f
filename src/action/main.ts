// The action's front door: inputs from the runner, the core's gate, then every report, the outputs
// and the job's outcome. The one place that decides the job's outcome.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { httpTransport } from '../adapters/http.js';
import { InputError, type Inputs } from '../core/options.js';
import { PROVIDERS } from '../core/providers.js';
import { redact } from '../core/redact.js';
import { runGate, type GatePorts } from '../core/run-gate.js';
import { ACTION_NAME } from '../core/version.js';
import { planAnnotations } from '../report/annotations.js';
import { describeChecking, describeNoFiles, describePassed, describeResults, describeSkipped } from '../report/console.js';
import { explain } from '../report/failure.js';
import { jsonReportText } from '../report/json-report.js';
import { describeEstimate, describeProgress } from '../report/progress.js';
import { buildSarif, sarifText } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { writeReportFile } from '../report/write.js';
import { emitAnnotations } from './annotations.js';
import { actionsGlob } from './glob.js';
import { getInputs } from './inputs.js';
import { setOutputs } from './outputs.js';

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  let inputs: Inputs;
  try {
    inputs = getInputs(workspace);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    core.setFailed(error.message);
    return;
  }
  try {
    await gate(inputs, workspace);
  } catch (error) {
    core.setFailed(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, inputs.apiKey));
  }
}

async function gate(inputs: Inputs, workspace: string): Promise<void> {
  const providerName = PROVIDERS[inputs.provider].name;
  const ports: GatePorts = {
    glob: actionsGlob,
    http: httpTransport,
    log: { debug: (message) => core.debug(message) },
    progress: {
      listed: ({ artifacts, skipped }) => {
        if (skipped.length > 0) core.notice(describeSkipped(skipped), { title: 'Matched paths skipped' });
        if (artifacts.length === 0) {
          if (inputs.policy.ifNoFilesFound === 'warn') core.warning(describeNoFiles(inputs.patterns));
          else core.info(describeNoFiles(inputs.patterns)); // for `error`, the verdict fails the job with its own line
        } else {
          core.info(describeChecking(artifacts.length, providerName, inputs.apiUrl));
        }
      },
      hashed: ({ uniqueHashes, requestsPerMinute, estimateMs }) => logIfAny(describeEstimate(uniqueHashes, requestsPerMinute, estimateMs)),
      lookups: (progress) => logIfAny(describeProgress(progress)),
    },
  };
  const { judgement } = await runGate({ ...inputs, workspace }, ports);
  const summary = explain(judgement, inputs.policy, providerName);
  const results = describeResults(summary);
  if (results) {
    core.startGroup(results.title);
    for (const line of results.lines) core.info(line);
    core.endGroup();
  }
  emitAnnotations(planAnnotations(summary.results, inputs.provider, inputs.policy, summary.result === 'fail'));

  const reportPath = await reportFilePath();
  await writeReportFile(reportPath, jsonReportText(summary, { provider: inputs.provider, apiUrl: inputs.apiUrl, policy: inputs.policy, generatedAt: new Date() }));
  core.info(`JSON report: ${reportPath}`);
  if (inputs.sarifPath) {
    await writeReportFile(inputs.sarifPath, [sarifText(buildSarif(summary.results, { provider: inputs.provider, policy: inputs.policy, helpUri: actionHomepage() }))]);
    core.info(`SARIF log: ${inputs.sarifPath}`);
  }
  if (inputs.jobSummary) {
    await core.summary.addRaw(renderSummary(summary, { provider: inputs.provider, policy: inputs.policy, reportPath })).write();
  }
  setOutputs(summary, reportPath, inputs.sarifPath);
  if (summary.result === 'fail') core.setFailed(summary.failureMessage);
  else core.info(describePassed(summary));
}

function logIfAny(line: string | null): void {
  if (line !== null) core.info(line);
}

/** The action's own repository on GitHub (also when it runs as `uses: ./`), for help links. */
function actionHomepage(): string {
  const repository = process.env.GITHUB_ACTION_REPOSITORY || process.env.GITHUB_REPOSITORY;
  return repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}` : 'https://docs.virustotal.com/reference/file-info';
}

/** Under RUNNER_TEMP, named after the step, so two uses of the action in one job keep both reports. */
async function reportFilePath(): Promise<string> {
  const directory = path.join(process.env.RUNNER_TEMP || os.tmpdir(), ACTION_NAME);
  await mkdir(directory, { recursive: true });
  const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
  return path.join(directory, `${step}.json`);
}
