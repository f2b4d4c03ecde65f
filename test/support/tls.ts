// A throwaway self-signed certificate, made at test time with the openssl CLI so that no private key
// is ever committed. The directory is removed when the test ends.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';

export interface Certificate {
  /** PEM private key, for the server. */
  key: string;
  /** PEM certificate, for the server. */
  cert: string;
  /** The certificate's file, for a client to trust it (NODE_EXTRA_CA_CERTS). */
  certPath: string;
}

/** A self-signed certificate valid for `hostName` (subjectAltName DNS), for a day. */
export async function makeCertificate(hostName: string): Promise<Certificate> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'arg-tls-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  // An EC key takes milliseconds where RSA takes up to a second. Clients match the name against the
  // subjectAltName only, never the CN, so the SAN is what makes the certificate valid for the host.
  // -subj keeps openssl from prompting.
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-nodes',
    '-days',
    '1',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-subj',
    `/CN=${hostName}`,
    '-addext',
    `subjectAltName=DNS:${hostName}`,
  ]);
  return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8'), certPath };
}
