// The README documents every input and output of action.yml, with its default, in its tables.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { EXIT_CODES } from '../../src/cli/exit-codes.ts';
import { FLAGS } from '../../src/cli/flags.ts';

const root = path.join(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const meta = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
};

/** The rows of the README table under a `## heading`, by their first cell. */
function tableRows(heading: string): Map<string, string[]> {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(rows.map((line) => line.split('|').map((cell) => cell.trim())).map((cells) => [cells[1]!.replace(/`/g, ''), cells.slice(2)]));
}

test.each(Object.entries(meta.inputs))('input %s is in the README with its default', (name, spec) => {
  const row = tableRows('Inputs').get(name);
  expect(row, `README has no row for input ${name}`).toBeDefined();
  const documented = row![0]!;
  if (spec.required) expect(documented).toBe('(required)');
  else if (!spec.default) expect(documented).toBe('(empty)');
  else expect(documented).toBe(`\`${spec.default}\``);
});

test.each(Object.keys(meta.outputs))('output %s is in the README', (name) => {
  expect(tableRows('Outputs').has(name)).toBe(true);
});

test('the README documents no input or output that action.yml lacks', () => {
  expect([...tableRows('Inputs').keys()].sort()).toEqual(Object.keys(meta.inputs).sort());
  expect([...tableRows('Outputs').keys()].sort()).toEqual(Object.keys(meta.outputs).sort());
});

test("the README lists every flag of the command line's own, and its exit statuses", () => {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Other CI systems\n')) ?? '';
  const documented = [...section.matchAll(/^\| `(-[^|]*)/gm)].map((match) => match[1]!).join(' ');
  for (const flag of FLAGS.filter((f) => f.kind === 'cli')) expect(documented, `--${flag.name}`).toContain(`--${flag.name}`);
  for (const status of Object.values(EXIT_CODES)) expect(section).toMatch(new RegExp(`^\\| ${status} \\|`, 'm'));
});
