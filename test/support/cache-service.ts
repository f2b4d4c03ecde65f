// A local fake of the GitHub Actions cache service, version 2 (the Twirp JSON API that @actions/cache 6
// calls at ACTIONS_RESULTS_URL), over a real blob store (Azurite). It hands out SAS URLs for uploads
// and downloads as the real service does, so the library's own code moves the archives.
//   POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry          {key, version}
//   POST /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload  {key, version, size_bytes}
//   POST /twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL  {key, restore_keys, version}
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BlobSASPermissions, generateBlobSASQueryParameters, type ContainerClient } from '@azure/storage-blob';
import { Azurite } from './azurite.ts';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const CONTAINER = 'actions-cache';

export interface CacheEntry {
  key: string;
  version: string;
  blob: string;
  /** Order of creation: a restore by prefix takes the newest. */
  created: number;
  finalized: boolean;
  sizeBytes: number;
}

export interface CacheCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** How the service misbehaves: `down` answers 500 to everything, `hang` never answers. */
export type CacheServiceMode = 'up' | 'down' | 'hang';

export class FakeCacheService {
  readonly entries: CacheEntry[] = [];
  readonly calls: CacheCall[] = [];
  mode: CacheServiceMode = 'up';
  /** The token the runner's ACTIONS_RUNTIME_TOKEN must carry. */
  readonly token = 'fake-runtime-token';
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly azurite: Azurite;
  private readonly container: ContainerClient;
  private created = 0;

  private constructor(azurite: Azurite) {
    this.azurite = azurite;
    this.container = azurite.service.getContainerClient(CONTAINER);
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts Azurite and the service on 127.0.0.1. */
  static async start(): Promise<FakeCacheService> {
    const azurite = await Azurite.start();
    const service = new FakeCacheService(azurite);
    await service.container.createIfNotExists();
    service.server.listen(0, '127.0.0.1');
    await once(service.server, 'listening');
    return service;
  }

  /** What the runner sets for a job with the cache service (v2): pass as the action's environment. */
  get env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** The archive of an entry, as uploaded. */
  async download(entry: CacheEntry): Promise<Buffer> {
    return this.container.getBlockBlobClient(entry.blob).downloadToBuffer();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
    await this.azurite.stop();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(req.url ?? '')?.[1] ?? '';
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return twirpError(res, 400, 'malformed', 'the body is not JSON');
    }
    this.calls.push({ method, body, authorization: req.headers.authorization });
    if (this.mode === 'hang') return; // the socket is destroyed at close()
    if (this.mode === 'down') return twirpError(res, 500, 'internal', 'the cache service is down');
    if (req.method !== 'POST' || req.headers['content-type'] !== 'application/json') return twirpError(res, 400, 'malformed', 'POST application/json only');
    if (req.headers.authorization !== `Bearer ${this.token}`) return twirpError(res, 401, 'unauthenticated', 'a valid runtime token is required');
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.entries.some((entry) => entry.key === key && entry.version === version)) {
          return send(res, { ok: false, signed_upload_url: '', message: `cache entry with key ${key} already exists` });
        }
        const entry: CacheEntry = { key, version, blob: `entry-${++this.created}`, created: this.created, finalized: false, sizeBytes: 0 };
        this.entries.push(entry);
        return send(res, { ok: true, signed_upload_url: this.signedUrl(entry.blob, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry) return send(res, { ok: false, entry_id: '0', message: `no upload of ${key} to finalize` });
        const properties = await this.container.getBlockBlobClient(entry.blob).getProperties();
        if (properties.contentLength !== Number(body.size_bytes)) return send(res, { ok: false, entry_id: '0', message: `size ${String(body.size_bytes)} does not match the upload` });
        Object.assign(entry, { finalized: true, sizeBytes: properties.contentLength });
        return send(res, { ok: true, entry_id: String(entry.created) });
      }
      case 'GetCacheEntryDownloadURL': {
        const usable = this.entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.created - a.created);
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
        // As the service documents: the exact key first, then each restore key as a prefix, newest first.
        const match = usable.find((e) => e.key === key) ?? restoreKeys.map((prefix) => usable.find((e) => e.key.startsWith(prefix))).find(Boolean);
        if (!match) return send(res, { ok: false, signed_download_url: '', matched_key: '' });
        return send(res, { ok: true, signed_download_url: this.signedUrl(match.blob, 'r'), matched_key: match.key });
      }
      default:
        return twirpError(res, 404, 'bad_route', `no method ${method}`);
    }
  }

  private signedUrl(blob: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3_600_000) },
      this.azurite.credential,
    );
    return `${this.container.getBlockBlobClient(blob).url}?${sas.toString()}`;
  }
}

function send(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code, msg }));
}
