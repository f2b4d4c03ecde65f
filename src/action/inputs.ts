// The runner's reader of the action's inputs; parsing and validation are the core's (core/options.ts).
import * as core from './workflow.js';
import { readFileSync } from 'node:fs';
import { parseInputs, type Inputs } from '../core/options.js';

/** The runner's reader. Masks the key before anything else can log it. */
export function getInputs(workspace: string): Inputs {
  const key = core.getInput('api-key').trim();
  if (key !== '') core.setSecret(key);
  // Untrimmed: parseInputs trims each value itself, and a list input's line numbers then count its leading blank lines too.
  return parseInputs(
    (name) => core.getInput(name, { trimWhitespace: false }),
    (file) => readFileSync(file, 'utf8'),
    workspace,
  );
}
