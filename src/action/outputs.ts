// Step outputs: the counts a later step or job can branch on.
import * as core from './workflow.js';
import type { ScanSummary } from '../core/types.js';

export function setOutputs(scan: ScanSummary, files: { reportPath: string; markdownPath: string; sarifPath: string | null }): void {
  const { counts } = scan;
  core.setOutput('result', scan.result);
  core.setOutput('scanned', counts.scanned);
  // Suspicious artifacts over max-suspicious fail the gate like malicious ones; unanalysed ones
  // are judged like unknowns. The JSON report keeps every status apart.
  core.setOutput('malicious', counts.malicious + counts.suspicious);
  core.setOutput('unknown', counts.unknown + counts.unanalysed);
  core.setOutput('uploaded', counts.uploaded);
  core.setOutput('pending', counts.pending);
  core.setOutput('errors', counts.error);
  // Archives not opened fully and members not read: judged like errors (on-error), counted apart from real errors.
  core.setOutput('unscanned', counts.unscanned);
  core.setOutput('allowed', counts.allowed);
  core.setOutput('flagged', counts.flagged);
  core.setOutput('report-path', files.reportPath);
  core.setOutput('markdown-path', files.markdownPath);
  core.setOutput('sarif-path', files.sarifPath ?? '');
}
