// The layers of src/ hold: imports point one way, @actions/* stays at the edge, the core reads no environment.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, layerViolations, readSources, type SourceFile } from '../support/layers.ts';

const root = path.join(import.meta.dirname, '..', '..');

test('src/ keeps its layers', () => {
  const sources = readSources(root);
  expect(sources.map((file) => file.path)).toContain('src/core/run-gate.ts');
  expect(layerViolations(sources)).toEqual([]);
});

describe('the check finds each kind of violation', () => {
  const file = (filePath: string, text: string): SourceFile => ({ path: filePath, text });

  test.each([
    ['core importing report', file('src/core/x.ts', "import { plural } from '../report/text.js';"), 'src/core/x.ts (core) imports ../report/text.js (report)'],
    ['core importing action', file('src/core/reputation/x.ts', "import type { A } from '../../action/main.js';"), '(core) imports ../../action/main.js (action)'],
    ['report importing action', file('src/report/x.ts', "export { run } from '../action/main.js';"), '(report) imports ../action/main.js (action)'],
    ['report importing cli', file('src/report/x.ts', "const cli = await import('../cli/main.js');"), '(report) imports ../cli/main.js (cli)'],
    ['cli importing action', file('src/cli/x.ts', "import { getInputs } from '../action/inputs.js';"), '(cli) imports ../action/inputs.js (action)'],
    ['adapters importing report', file('src/adapters/x.ts', "import '../report/text.js';"), '(adapters) imports ../report/text.js (report)'],
    ['the entry importing the core', file('src/index.ts', "import { runGate } from './core/run-gate.js';"), 'src/index.ts (entry) imports ./core/run-gate.js (core)'],
    ['core importing @actions/core', file('src/core/x.ts', "import * as core from '@actions/core';"), 'src/core/x.ts (core) imports @actions/core; only action may'],
    ['cli importing @actions/core', file('src/cli/x.ts', "import * as core from '@actions/core';"), 'src/cli/x.ts (cli) imports @actions/core; only action may'],
    ['core importing @actions/http-client', file('src/core/x.ts', "import { HttpClient } from '@actions/http-client';"), 'imports @actions/http-client; only adapters may'],
    ['process.env in core', file('src/core/x.ts', 'export const home = process.env.HOME;'), 'src/core/x.ts (core) reads process.env'],
    ['process.env in report', file('src/report/x.ts', "const color = process.env['NO_COLOR'];"), 'src/report/x.ts (report) reads process.env'],
    ['a module outside the layers', file('src/helpers.ts', 'export const x = 1;'), 'src/helpers.ts is in no layer'],
  ])('%s', (_, source, expected) => {
    const violations = layerViolations([source]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(expected);
  });

  test.each([
    ['core importing core', file('src/core/reputation/x.ts', "import type { Policy } from '../types.js';\nimport { sleep } from './pacing.js';")],
    ['report importing core', file('src/report/x.ts', "import { PROVIDERS } from '../core/providers.js';")],
    ['action importing @actions/core and every layer below', file('src/action/x.ts', "import * as core from '@actions/core';\nimport '../report/text.js';\nimport '../adapters/http.js';")],
    ['cli reading process.env', file('src/cli/x.ts', "import '../core/run-gate.js';\nconst key = process.env.VT_API_KEY;")],
    ['process.env named only in a comment', file('src/core/x.ts', '// never process.env here\n/* nor process.env */\nexport const x = 1;')],
    ['node built-ins anywhere', file('src/core/x.ts', "import { readFile } from 'node:fs/promises';")],
  ])('%s is fine', (_, source) => {
    expect(layerViolations([source])).toEqual([]);
  });

  test('imports are found in every form', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import {\n  c,\n  d,\n} from './cd.js';",
      "export * from './e.js';",
      "export { f } from './f.js';",
      "import './g.js';",
      "const h = await import('./h.js');",
    ].join('\n');
    expect(importsOf(text)).toEqual(expect.arrayContaining(['./a.js', './b.js', './cd.js', './e.js', './f.js', './g.js', './h.js']));
  });
});
