// Validates JUnit XML with libxml2 (xmllint compiled to WebAssembly) against the Jenkins JUnit schema
// vendored in test/fixtures/junit: the same check a CI server's parser makes, without an apt package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_PATH = path.join(import.meta.dirname, '..', 'fixtures', 'junit', 'jenkins-junit.xsd');
const schema = { fileName: 'jenkins-junit.xsd', contents: readFileSync(SCHEMA_PATH, 'utf8') };

/**
 * xmllint's complaints about the documents (well-formedness and schema); empty when all are valid.
 * Several documents go to one xmllint run, which is what takes the time.
 */
export async function junitErrors(xml: string | readonly string[]): Promise<string[]> {
  const documents = (typeof xml === 'string' ? [xml] : xml).map((contents, index) => ({ fileName: `report-${index}.xml`, contents }));
  const result = await validateXML({ xml: documents, schema: [schema] });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
