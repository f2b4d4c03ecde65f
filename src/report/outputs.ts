// Step outputs: the counts a later step or job can branch on.
import * as core from '@actions/core';
import type { ScanSummary } from '../types.js';

export function setOutputs(scan: ScanSummary, reportPath: string): void {
  core.setOutput('result', scan.result);
  core.setOutput('scanned', scan.counts.scanned);
  core.setOutput('malicious', scan.counts.malicious);
  core.setOutput('unknown', scan.counts.unknown);
  core.setOutput('errors', scan.counts.error);
  core.setOutput('report-path', reportPath);
}
