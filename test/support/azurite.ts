// Azurite, Microsoft's blob storage emulator (the `azurite` dev dependency), on 127.0.0.1 with a free
// port and in-memory storage: the blob store behind the fake Actions cache service.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's well-known development account (documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export class Azurite {
  readonly credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  readonly service: BlobServiceClient;
  private readonly child: ChildProcess;
  /** The blob endpoint, e.g. http://127.0.0.1:41234/devstoreaccount1. */
  readonly url: string;

  private constructor(child: ChildProcess, url: string) {
    this.child = child;
    this.url = url;
    this.service = new BlobServiceClient(url, this.credential);
  }

  static async start(): Promise<Azurite> {
    const main = path.join(path.dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
    const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--extentMemoryLimit', '64', '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--loose'];
    // Azurite needs Node 22 or later: the tests' own Node (the project pins 24).
    const child = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`azurite did not start within 30 s:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`azurite exited with ${code} before it listened:\n${output}`));
      });
    });
    return new Azurite(child, `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}

if (import.meta.main) {
  const azurite = await Azurite.start();
  console.log(`Azurite blob service on ${azurite.url}`);
}
