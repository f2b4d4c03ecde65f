import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ACTION_NAME, ACTION_VERSION } from '../../src/core/version.ts';

const packageJson = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string };

test("ACTION_VERSION is package.json's version", () => {
  expect(ACTION_VERSION).toBe(packageJson.version);
  expect(ACTION_VERSION).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
});

test("ACTION_NAME is package.json's name", () => {
  expect(ACTION_NAME).toBe(packageJson.name);
});
