// Uploads and analyses over HTTP, one attempt each: POST {api-url}/files, GET {api-url}/files/upload_url
// and a POST to the URL it returns, GET {api-url}/analyses/{id}. The file streams from disk inside a
// multipart body: memory stays flat whatever its size. Pacing and retries live above (analyses.ts).
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { FileReport } from '../types.js';
import type { ReputationClient } from './client.js';
import type { Failure } from './lookups.js';
import { describeValue, field, parseFileReport, ProtocolError } from './parse.js';

/** The file to upload: where to read it (its exact bytes for a name that is not UTF-8) and what to call it. */
export interface UploadSource {
  path: string | Buffer;
  /** The name sent in the multipart body (the base name; nothing of the directories). */
  name: string;
}

/** What a POST of the file ended in. `too-large`: 413, the service would not take it by this route. */
export type UploadAnswer = { kind: 'uploaded'; analysisId: string } | { kind: 'too-large'; said: string } | { kind: 'conflict'; said: string } | Failure;

/** What a poll found. `not-visible`: a 404 soon after the upload, before the analysis shows. */
export type AnalysisAnswer =
  | { kind: 'not-visible' }
  | { kind: 'waiting'; status: string }
  /** `report` is null when the analysis lacks stats or does not name the file it analysed. */
  | { kind: 'completed'; report: FileReport | null }
  | Failure;

/** Time an upload may take past the request timeout: at least 256 KiB/s, so 650 MB may take about 43 minutes. */
const MIN_UPLOAD_BYTES_PER_SECOND = 256 * 1024;

export class UploadClient {
  private readonly client: ReputationClient;
  private readonly requestTimeoutMs: number;

  constructor(client: ReputationClient, requestTimeoutMs: number) {
    this.client = client;
    this.requestTimeoutMs = requestTimeoutMs;
  }

  /** Where a file up to 32 MB is POSTed. */
  get filesUrl(): string {
    return `${this.client.apiUrl}/files`;
  }

  /** GET {api-url}/files/upload_url: a one-use URL for a file over 32 MB. */
  uploadUrl(): Promise<{ kind: 'url'; url: string } | Failure> {
    return this.client.once(async (signal) => {
      const answer = await this.client.exchange('GET', `${this.client.apiUrl}/files/upload_url`, signal);
      if (answer.status !== 200) return { kind: 'error', error: this.client.failure(answer).error };
      const url = field(this.client.json(answer), 'data');
      if (typeof url !== 'string') throw new ProtocolError(`the upload URL answer has no URL in data (got ${describeValue(url)})`);
      return { kind: 'url', url: uploadUrlWithKey(url, this.client.apiUrl) };
    });
  }

  /** POSTs the file as multipart/form-data to `url` ({api-url}/files, or an upload URL), once. */
  async upload(url: string, source: UploadSource, size: number): Promise<UploadAnswer> {
    const timeoutMs = this.requestTimeoutMs + Math.ceil((size / MIN_UPLOAD_BYTES_PER_SECOND) * 1000);
    return this.client.once(async (signal) => {
      const body = await multipartFile(source, size);
      const answer = await this.client.exchange('POST', url, signal, body);
      if (answer.status === 413) return { kind: 'too-large', said: this.client.failure(answer).said };
      if (answer.status === 409) return { kind: 'conflict', said: this.client.failure(answer).said };
      if (answer.status !== 200) return { kind: 'error', error: this.client.failure(answer).error };
      return { kind: 'uploaded', analysisId: analysisIdOf(this.client.json(answer)) };
    }, timeoutMs);
  }

  /** GET {api-url}/analyses/{id}, once. */
  analysis(analysisId: string, sha256: string): Promise<AnalysisAnswer> {
    return this.client.once(async (signal) => {
      const answer = await this.client.exchange('GET', `${this.client.apiUrl}/analyses/${encodeURIComponent(analysisId)}`, signal);
      if (answer.status === 404) return { kind: 'not-visible' };
      if (answer.status !== 200) return { kind: 'error', error: this.client.failure(answer).error };
      return parseAnalysis(this.client.json(answer), sha256);
    });
  }
}

/**
 * The upload URL, if the key may go there; throws ProtocolError otherwise. VirusTotal documents the
 * POST to it "in the same format as POST /files", key header included, and hands out URLs on its own
 * host (its example even says http://www.virustotal.com/_ah/upload/…). So the same host over http is
 * taken as https (the key never travels in clear text), and any other origin is refused: the docs
 * promise none, and no upload is worth the key.
 */
export function uploadUrlWithKey(text: string, apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProtocolError(`the upload URL is not a URL (${describeValue(text)})`);
  }
  const api = new URL(apiUrl);
  if (url.protocol === 'http:' && api.protocol === 'https:' && url.host === api.host) url.protocol = 'https:';
  if (url.origin !== api.origin) {
    throw new ProtocolError(`the upload URL is on another origin (${url.origin}); the API key is only sent to ${api.origin}, so the file was not uploaded`);
  }
  return url.href;
}

function analysisIdOf(body: unknown): string {
  const data = field(body, 'data');
  const type = field(data, 'type');
  const id = field(data, 'id');
  if (type !== 'analysis' || typeof id !== 'string' || id === '') {
    throw new ProtocolError(`the upload answer is not an analysis with an id (data.type ${describeValue(type)}, data.id ${describeValue(id)})`);
  }
  return id;
}

/**
 * An analysis object: its status, and once completed, its stats and engine results as a file report.
 * The report is trusted only when the analysis names the hash of the file it analysed (meta.file_info)
 * and that is the hash of the artifact; a different hash means the file changed after it was hashed.
 */
export function parseAnalysis(body: unknown, sha256: string): AnalysisAnswer {
  const data = field(body, 'data');
  if (field(data, 'type') !== 'analysis') throw new ProtocolError(`data.type is ${describeValue(field(data, 'type'))}, not "analysis"`);
  const attributes = field(data, 'attributes');
  const status = field(attributes, 'status');
  if (typeof status !== 'string') throw new ProtocolError(`the analysis has no status (got ${describeValue(status)})`);
  if (status !== 'completed') return { kind: 'waiting', status };
  const analysed = field(field(field(body, 'meta'), 'file_info'), 'sha256');
  if (typeof analysed === 'string' && analysed.toLowerCase() !== sha256) {
    throw new ProtocolError(`the analysis is of a file with SHA-256 ${describeValue(analysed)}, not ${sha256}: the file changed between hashing and upload`);
  }
  if (typeof analysed !== 'string' || field(attributes, 'stats') === undefined) return { kind: 'completed', report: null };
  // The analysis carries what a file report's last analysis does, under other names.
  const asFileReport = {
    data: {
      type: 'file',
      id: sha256,
      attributes: { last_analysis_stats: field(attributes, 'stats'), last_analysis_results: field(attributes, 'results'), last_analysis_date: field(attributes, 'date') },
    },
  };
  return { kind: 'completed', report: parseFileReport(asFileReport, sha256) };
}

/** A multipart/form-data body with one part, `file`, streamed from disk; its length is known up front. */
export async function multipartFile(source: UploadSource, size: number): Promise<{ stream: Readable; headers: Record<string, string> }> {
  const boundary = `----artifact-reputation-gate-${randomBytes(16).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${multipartName(source.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const handle = await open(source.path, 'r');
  // Exactly `size` bytes, as the content-length says; a file that shrank since ends the request short.
  const file = size > 0 ? handle.createReadStream({ start: 0, end: size - 1 }) : null;
  if (file === null) await handle.close();
  async function* parts(): AsyncGenerator<Buffer> {
    try {
      yield head;
      if (file) yield* file as AsyncIterable<Buffer>;
      yield tail;
    } finally {
      file?.destroy();
    }
  }
  return {
    stream: Readable.from(parts(), { objectMode: false }),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
  };
}

/** A file name safe inside the quoted header parameter: printable ASCII only, no quote or backslash. */
export function multipartName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'artifact';
}
