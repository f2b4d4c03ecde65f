// The sandbox: the test server loaded with what the demo and the smoke job need. The EICAR test
// file is known as malicious, the sample clean file as clean; anything else is unknown.
//   node test/support/sandbox.ts [port]       serves until stopped, and prints its api-url
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileReport, hashesOf, sha256Of } from './reports.ts';
import { VtServer } from './vt-server.ts';

export const SANDBOX_API_KEY = 'sandbox-key-0123456789';

/**
 * The EICAR anti-virus test file: harmless, and detected by every engine by design. Assembled at run
 * time so that this source file itself does not carry the signature.
 */
export const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS', '-TEST-FILE!$H+H*'].join('');
export const CLEAN_SAMPLE = 'Artifact Reputation Gate sample: a clean build output.\n';
export const UNKNOWN_SAMPLE = 'Artifact Reputation Gate sample: a fresh build the service has never seen.\n';

export function sandboxReports(): [string, unknown][] {
  const eicar = sha256Of(EICAR);
  const clean = sha256Of(CLEAN_SAMPLE);
  const engines = ['Avast', 'BitDefender', 'ClamAV', 'ESET-NOD32', 'Kaspersky', 'Microsoft', 'Sophos', 'Symantec'];
  return [
    [
      eicar,
      fileReport({
        ...hashesOf(EICAR),
        malicious: Object.fromEntries(engines.map((engine) => [engine, engine === 'Microsoft' ? 'Virus:DOS/EICAR_Test_File' : 'EICAR-Test-File'])),
        undetected: 4,
        typeUnsupported: 2,
        suggestedThreatLabel: 'virus.eicar/test',
        firstSeen: new Date('2006-05-22T00:00:00Z'),
      }),
    ],
    [clean, fileReport({ ...hashesOf(CLEAN_SAMPLE), undetected: 62, typeUnsupported: 10 })],
  ];
}

/** Writes the three sample artifacts into `directory`. */
export async function writeSampleArtifacts(directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const files: [string, string][] = [
    ['eicar.com', EICAR],
    ['app.js', CLEAN_SAMPLE],
    ['fresh-build.bin', UNKNOWN_SAMPLE],
  ];
  for (const [name, content] of files) await writeFile(path.join(directory, name), content);
  return files.map(([name]) => name);
}

export function startSandbox(port = 0): Promise<VtServer> {
  return VtServer.start({ apiKeys: [SANDBOX_API_KEY], reports: sandboxReports(), port });
}

if (import.meta.main) {
  const server = await startSandbox(Number(process.argv[2] ?? 0));
  console.log(`VirusTotal-compatible sandbox on ${server.url} (api-key: ${SANDBOX_API_KEY})`);
  if (process.argv[3]) {
    await writeSampleArtifacts(process.argv[3]);
    console.log(`Sample artifacts written to ${process.argv[3]}`);
  }
}
