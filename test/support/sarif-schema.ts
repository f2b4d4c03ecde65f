// Validates SARIF logs against the official 2.1.0 schema (vendored in test/fixtures/sarif).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// unicodeRegExp off: the schema's language pattern is not valid in JavaScript's unicode mode.
// Both are CommonJS: under Node's ESM the default import is module.exports, whose .default is the export.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a log, as readable lines; empty when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error: { instancePath: string; message?: string; params: unknown }) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
