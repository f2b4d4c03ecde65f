// Validates JUnit XML with libxml2 (xmllint compiled to WebAssembly) against the Jenkins JUnit schema
// vendored in test/fixtures/junit: the same check a CI server's parser makes, without an apt package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_PATH = path.join(import.meta.dirname, '..', 'fixtures', 'junit', 'jenkins-junit.xsd');
const schema = { fileName: 'jenkins-junit.xsd', contents: readFileSync(SCHEMA_PATH, 'utf8') };

/** xmllint's complaints about the document (well-formedness and schema); empty when it is valid. */
export async function junitErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [schema] });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
