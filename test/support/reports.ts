// VirusTotal v3 file report bodies for the test server: synthetic ones built to order, and the real
// recorded ones in test/fixtures/vt-v3, optionally re-aimed at another hash.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'vt-v3');

export function sha256Of(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A content's MD5, SHA-1 and SHA-256, as a report names them. */
export function hashesOf(content: string | Buffer): { md5: string; sha1: string; sha256: string } {
  return { md5: createHash('md5').update(content).digest('hex'), sha1: createHash('sha1').update(content).digest('hex'), sha256: sha256Of(content) };
}

export interface ReportSpec {
  sha256: string;
  /** attributes.md5 and attributes.sha1, as the service names them (left out when not given). */
  md5?: string;
  sha1?: string;
  /** Engine name to threat name, for each engine that says malicious. */
  malicious?: Record<string, string>;
  /** Engine name to threat name, for each engine that says suspicious. */
  suspicious?: Record<string, string>;
  undetected?: number;
  harmless?: number;
  typeUnsupported?: number;
  suggestedThreatLabel?: string;
  firstSeen?: Date;
  lastAnalysed?: Date;
}

/** A file report shaped as the service sends it: stats, per-engine results, dates. */
export function fileReport(spec: ReportSpec): Record<string, unknown> {
  const results: Record<string, unknown> = {};
  const engine = (name: string, category: string, result: string | null) =>
    (results[name] = { method: 'blacklist', engine_name: name, engine_version: '1.0', engine_update: '20261101', category, result });
  for (const [name, threat] of Object.entries(spec.malicious ?? {})) engine(name, 'malicious', threat);
  for (const [name, threat] of Object.entries(spec.suspicious ?? {})) engine(name, 'suspicious', threat);
  for (let i = 0; i < (spec.undetected ?? 60); i++) engine(`Engine${i + 1}`, 'undetected', null);
  for (let i = 0; i < (spec.harmless ?? 0); i++) engine(`HarmlessEngine${i + 1}`, 'harmless', null);
  for (let i = 0; i < (spec.typeUnsupported ?? 0); i++) engine(`TypeEngine${i + 1}`, 'type-unsupported', null);
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
  return {
    data: {
      id: spec.sha256,
      type: 'file',
      links: { self: `https://www.virustotal.com/api/v3/files/${spec.sha256}` },
      attributes: {
        sha256: spec.sha256,
        ...(spec.md5 && { md5: spec.md5 }),
        ...(spec.sha1 && { sha1: spec.sha1 }),
        last_analysis_date: seconds(spec.lastAnalysed ?? new Date('2026-11-01T00:00:00Z')),
        first_submission_date: seconds(spec.firstSeen ?? new Date('2025-06-15T00:00:00Z')),
        last_analysis_stats: {
          malicious: Object.keys(spec.malicious ?? {}).length,
          suspicious: Object.keys(spec.suspicious ?? {}).length,
          undetected: spec.undetected ?? 60,
          harmless: spec.harmless ?? 0,
          timeout: 0,
          'confirmed-timeout': 0,
          failure: 0,
          'type-unsupported': spec.typeUnsupported ?? 0,
        },
        last_analysis_results: results,
        ...(spec.suggestedThreatLabel && { popular_threat_classification: { suggested_threat_label: spec.suggestedThreatLabel } }),
      },
    },
  };
}

/** Names of the recorded real reports, without `.json`. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** A recorded real report; with `sha256`, re-aimed at that hash (id and attributes.sha256). */
export function fixtureReport(name: string, sha256?: string): { sha256: string; body: any } {
  const body = JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8'));
  if (sha256) {
    body.data.id = sha256;
    body.data.attributes.sha256 = sha256;
  }
  return { sha256: body.data.id, body };
}

export const URL_FIXTURES_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'vt-v3-urls');

/** A URL report in the service's shape (test/fixtures/vt-v3-urls), re-aimed at `url` when given (attributes.url). */
export function urlFixtureReport(name: 'malicious-phishing' | 'harmless-download' | 'recorded-phishing', url?: string): any {
  const body = JSON.parse(readFileSync(path.join(URL_FIXTURES_DIR, `${name}.json`), 'utf8'));
  if (url !== undefined) {
    body.data.attributes.url = url;
    body.data.attributes.last_final_url = url;
    body.data.id = sha256Of(url);
  }
  return body;
}

/**
 * The recorded report (recorded-phishing.json) as the service sent it: its publisher replaced
 * `data.id` with "1234"; the SHA-256 id is the one its own `links.self` still names.
 */
export function recordedUrlReport(): any {
  const body = urlFixtureReport('recorded-phishing');
  body.data.id = body.data.links.self.split('/').pop();
  return body;
}
