// `npm run demo`: the built action, run as the runner runs it, against the sandbox, on sample
// artifacts (the EICAR test file, a clean file, an unknown one). Prints what a workflow run shows.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction } from './runner.ts';
import { SANDBOX_API_KEY, startSandbox, writeSampleArtifacts } from './sandbox.ts';
import { summaryAsText } from './terminal-summary.ts';

const workspace = await mkdtemp(path.join(os.tmpdir(), 'arg-demo-'));
const server = await startSandbox();
try {
  await writeSampleArtifacts(path.join(workspace, 'dist'));
  console.log(`Sandbox: ${server.url}\nWorkspace: ${workspace} (dist/eicar.com, dist/app.js, dist/fresh-build.bin)\n`);
  const run = await runAction({ workspace, inputs: { files: 'dist/**', 'api-key': SANDBOX_API_KEY, 'api-url': server.url } });

  console.log('── Annotations ──');
  for (const { level, properties, message } of run.annotations) {
    const where = properties.file ? ` ${properties.file}` : '';
    console.log(`${level.toUpperCase()}${where}${properties.title ? ` [${properties.title}]` : ''}\n  ${message}`);
  }
  console.log('\n── Outputs ──');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`);
  console.log("\n── JSON report (its file is removed with the demo's temporary directory) ──");
  console.log(JSON.stringify({ result: run.report.result, counts: run.report.counts, artifacts: run.report.artifacts.map((a: any) => `${a.path}: ${a.status}`) }, null, 2));
  console.log('\n── Job summary, as GitHub shows it (rendered to text) ──\n');
  console.log(await summaryAsText(run.summary));
  console.log(`── Release notes (markdown-path) ──\n\n${run.releaseNotes ?? '(none)'}`);
  console.log(`── The action exited with ${run.exitCode} (${run.outputs.result === 'fail' ? 'the gate failed the job, as it should: EICAR is flagged' : 'the gate passed'}) ──`);
} finally {
  await server.close();
  await rm(workspace, { recursive: true, force: true });
}
