// The options of a gate, from any reader of named inputs (the action's, the command line's). Every
// input is read, validated and typed here, once;
// a bad value throws an InputError that names the input and what it accepts, before any request.
import path from 'node:path';
import { DEFAULT_ARCHIVE_LIMITS } from './archives/limits.js';
import type { ArchiveOptions, MemberSelection } from './archives/walk.js';
import { PROVIDERS } from './providers.js';
import { hoursToMs, type CacheOptions } from './verdict-cache.js';
import type { AllowEntry, ErrorPolicy, NoFilesPolicy, Policy, Provider, UnknownPolicy, UrlItem } from './types.js';
import { parseUrlLine, parseUrlList, UrlLineError } from './url-list.js';

export interface Inputs {
  /** The `files` input as written: newline-separated @actions/glob patterns; '' when only URLs are checked. */
  patterns: string;
  apiKey: string;
  provider: Provider;
  /** Base URL without a trailing slash. */
  apiUrl: string;
  policy: Policy;
  jobSummary: boolean;
  /** Requests in any 60 s window; 0 means no pacing. */
  requestsPerMinute: number;
  concurrency: number;
  maxRetries: number;
  requestTimeoutMs: number;
  /** Where to write a SARIF log (absolute), or null. */
  sarifPath: string | null;
  /** `upload-unknown`: a file the service has never seen is uploaded for analysis. VirusTotal only. */
  uploadUnknown: boolean;
  /** `upload-files` as written: newline-separated glob patterns (relative to the workspace) of what may be uploaded. */
  uploadPatterns: string;
  /** How long an analysis may take before its artifact is `pending`. */
  analysisTimeoutMs: number;
  /** Reuse the service's answers across runs (src/core/verdict-cache.ts); null when `cache` is false. */
  cache: CacheOptions | null;
  /** Which members of archives are judged, and the limits of opening them. */
  archives: ArchiveOptions;
  /** URLs to check (`urls`, `urls-file`), in the order given, each once. */
  urls: UrlItem[];
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads an input by name; an absent input reads as ''. */
export type InputReader = (name: string) => string;

/** Reads a text file of the repository, for `allow-file`; throws with the reason when it cannot. */
export type TextFileReader = (path: string) => string;

/**
 * Reads and validates every input. Pure: `read` and `readTextFile` are the only sources, nothing is
 * logged. Relative paths (`allow-file`, `sarif-path`) are taken from `workspace`.
 */
export function parseInputs(read: InputReader, readTextFile: TextFileReader = () => '', workspace = process.cwd()): Inputs {
  const apiKey = read('api-key').trim();
  if (apiKey === '') throw new InputError('Input `api-key` is required: the API key of your VirusTotal or ReversingLabs account.');
  // It travels in an HTTP header: visible ASCII only. The key itself is never quoted back.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new InputError('Input `api-key` must be one line of visible ASCII characters (no spaces, line breaks or other characters); the value given has others.');
  }
  // A short value would be masked in the middle of ordinary words (and unmasked text around it would
  // give it away); real keys are far longer. Neither the key nor its length is quoted back.
  if (apiKey.length < MIN_API_KEY_LENGTH) {
    throw new InputError(
      `Input \`api-key\` must be at least ${MIN_API_KEY_LENGTH} characters long, as the keys of VirusTotal and ReversingLabs are; the value given is shorter. Check that the secret holds the whole key.`,
    );
  }

  // Read first: with URLs to check, `files` may be left out (a URL-only run lists no file).
  const urls = urlList(read, readTextFile, workspace);
  const patterns = lines(read('files')).length === 0 ? '' : read('files');
  if (patterns === '' && urls.length === 0) {
    throw new InputError('Input `files` is required unless `urls` or `urls-file` lists a URL to check: one or more glob patterns, one per line (for example `dist/**`), or the URLs alone.');
  }

  const provider = oneOf<Provider>(read, 'provider', ['virustotal', 'reversinglabs'], 'virustotal');
  const maxMalicious = wholeNumber(read, 'max-malicious', 0, 0);
  const ignoreEngines = lines(read('ignore-engines')).map(({ text }) => text.toLowerCase());
  const { allow, allowEntries, allowUrls, allowUrlEntries } = allowList(read, readTextFile, workspace);
  return {
    patterns,
    apiKey,
    provider,
    apiUrl: apiUrl(read('api-url'), provider, apiKey),
    policy: {
      maxMalicious,
      maxSuspicious: optional(read, 'max-suspicious', () => wholeNumber(read, 'max-suspicious', 0, 0)),
      minEngines: wholeNumber(read, 'min-engines', 1, 0),
      maxReportAgeDays: optional(read, 'max-report-age-days', () => wholeNumber(read, 'max-report-age-days', 0, 1)),
      ignoreEngines,
      allow,
      allowEntries,
      ...(Object.keys(allowUrls).length > 0 && { allowUrls, allowUrlEntries }),
      failEngines: failEngines(read, ignoreEngines),
      warnMalicious: optional(read, 'warn-malicious', () => warnMalicious(read, maxMalicious)),
      maxMaliciousPercent: optional(read, 'max-malicious-percent', () => percent(read, 'max-malicious-percent')),
      onUnknown: oneOf<UnknownPolicy>(read, 'on-unknown', ['pass', 'warn', 'fail'], 'warn'),
      onError: oneOf<ErrorPolicy>(read, 'on-error', ['fail', 'warn'], 'fail'),
      ifNoFilesFound: oneOf<NoFilesPolicy>(read, 'if-no-files-found', ['warn', 'error', 'ignore'], 'warn'),
    },
    jobSummary: boolean(read, 'job-summary', true),
    requestsPerMinute: wholeNumber(read, 'requests-per-minute', PROVIDERS[provider].requestsPerMinute, 0),
    concurrency: wholeNumber(read, 'concurrency', 4, 1, 256),
    maxRetries: wholeNumber(read, 'max-retries', 5, 0, 100),
    requestTimeoutMs: Math.round(seconds(read, 'request-timeout-seconds', 30, 3600) * 1000),
    sarifPath: optional(read, 'sarif-path', () => path.resolve(workspace, read('sarif-path').trim())),
    ...uploadOptions(read, provider),
    cache: cacheOptions(read),
    archives: archiveOptions(read),
    urls,
  };
}

const MIB = 1024 * 1024;

function archiveOptions(read: InputReader): ArchiveOptions {
  const defaults = DEFAULT_ARCHIVE_LIMITS;
  const mebibytes = (name: string, fallback: number, max: number) => wholeNumber(read, name, fallback / MIB, 1, max) * MIB;
  return {
    members: oneOf<MemberSelection>(read, 'archive-members', ['binaries', 'all', 'none'], 'binaries'),
    limits: {
      maxDepth: wholeNumber(read, 'archive-max-depth', defaults.maxDepth, 1, 32),
      maxMembers: wholeNumber(read, 'archive-max-members', defaults.maxMembers, 1),
      maxMemberBytes: mebibytes('archive-max-member-mib', defaults.maxMemberBytes, 1024 * 1024),
      maxTotalBytes: mebibytes('archive-max-total-mib', defaults.maxTotalBytes, 1024 * 1024 * 1024),
      maxRatio: wholeNumber(read, 'archive-max-ratio', defaults.maxRatio, 1),
      // A Buffer holds at most 4 GiB on 64-bit Node.
      maxNestedBytes: mebibytes('archive-max-nested-mib', defaults.maxNestedBytes, 4095),
    },
  };
}

/** `upload-unknown`, `upload-files`, `analysis-timeout-minutes`: checked together, since they only mean something together. */
function uploadOptions(read: InputReader, provider: Provider): Pick<Inputs, 'uploadUnknown' | 'uploadPatterns' | 'analysisTimeoutMs'> {
  const uploadUnknown = boolean(read, 'upload-unknown', false);
  if (uploadUnknown && provider === 'reversinglabs') {
    throw new InputError(
      'Input `upload-unknown` must be `false` with `provider: reversinglabs`: its VirusTotal-compatible API serves lookups only, not uploads. Upload with `provider: virustotal`, or leave `upload-unknown` unset.',
    );
  }
  // Blank reads as the default `**` only while nothing is uploaded: with uploads on it is refused, never widened.
  const uploadPatterns = !uploadUnknown && lines(read('upload-files')).length === 0 ? '**' : read('upload-files');
  if (lines(uploadPatterns).length === 0) {
    throw new InputError(
      'Input `upload-files` must list at least one glob pattern (relative to the workspace, for example `dist/**`) of the artifacts that may be uploaded; to upload nothing, set `upload-unknown: false`.',
    );
  }
  const minutes = read('analysis-timeout-minutes').trim();
  const number = Number(minutes);
  // Fractions are accepted (a short wait in a test, say); the first poll comes after a minute or an eighth of this, whichever is sooner.
  if (minutes !== '' && (!/^\d+(\.\d+)?$/.test(minutes) || number < 0.01 || number > 360)) {
    throw new InputError(`Input \`analysis-timeout-minutes\` must be a number of minutes from 0.01 to 360 (for example 10 or 2.5); got ${quote(minutes)}.`);
  }
  return { uploadUnknown, uploadPatterns, analysisTimeoutMs: Math.round((minutes === '' ? 10 : number) * 60_000) };
}

/** The cache inputs; the ages are checked even when the cache is off, so a typo never waits for the day it is turned on. */
function cacheOptions(read: InputReader): CacheOptions | null {
  const maxAgeMs = hoursToMs(wholeNumber(read, 'cache-max-age-hours', 24, 0, MAX_CACHE_HOURS));
  const unknownMaxAgeMs = hoursToMs(wholeNumber(read, 'cache-unknown-max-age-hours', 1, 0, MAX_CACHE_HOURS));
  return boolean(read, 'cache', true) ? { maxAgeMs, unknownMaxAgeMs } : null;
}

/** `urls` and `urls-file` together, one URL a line; a bad line is named by input and number. */
function urlList(read: InputReader, readTextFile: TextFileReader, workspace: string): UrlItem[] {
  try {
    const items = parseUrlList(read('urls'), { input: 'urls' }, 'Input `urls`');
    const file = read('urls-file').trim();
    if (file === '') return items;
    const text = readWorkspaceFile('urls-file', file, readTextFile, workspace);
    const shown = path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join('/');
    return parseUrlList(text, { input: 'urls-file', file: shown }, `Input \`urls-file\` (${file})`, items);
  } catch (error) {
    if (error instanceof UrlLineError) throw new InputError(error.message);
    throw error;
  }
}

function readWorkspaceFile(input: string, file: string, readTextFile: TextFileReader, workspace: string): string {
  try {
    return readTextFile(path.resolve(workspace, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new InputError(`Input \`${input}\` must name a readable file in the repository; cannot read ${quote(file)} (${code}).`);
  }
}

/** Non-blank lines that are not `#` comments, with their 1-based line numbers. */
function lines(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

function optional<T>(read: InputReader, name: string, parse: () => T): T | null {
  return read(name).trim() === '' ? null : parse();
}

const ALLOW_LINE = /^([0-9a-fA-F]{64})\s+(\S.*)$/;
const EXPIRES = /^(.*?)\s*\bexpires=(\S*)$/i;
const ALLOW_URL_LINE = /^(https?:\/\/\S+)\s+(\S.*)$/i;

/**
 * `allow` and `allow-file` together: `<sha256> <reason>` or `<url> <reason>` per line, either optionally
 * followed by `expires=YYYY-MM-DD`. A malformed line is named. For a hash or URL listed more than once,
 * the entry that allows longest counts (the first of equals). A URL is matched exactly as written in `urls`.
 */
function allowList(
  read: InputReader,
  readTextFile: TextFileReader,
  workspace: string,
): Pick<Policy, 'allow' | 'allowEntries'> & { allowUrls: Record<string, string>; allowUrlEntries: Record<string, AllowEntry> } {
  const sources: { name: string; source: string; file: string | null; text: string }[] = [{ name: 'Input `allow`', source: 'allow', file: null, text: read('allow') }];
  const file = read('allow-file').trim();
  if (file !== '') {
    const text = readWorkspaceFile('allow-file', file, readTextFile, workspace);
    const relative = path.relative(workspace, path.resolve(workspace, file));
    const inWorkspace = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    sources.push({ name: `Input \`allow-file\` (${file})`, source: `allow-file (${file})`, file: inWorkspace ? relative.split(path.sep).join('/') : null, text });
  }
  const hashes = { reasons: {} as Record<string, string>, entries: {} as Record<string, AllowEntry> };
  const urls = { reasons: {} as Record<string, string>, entries: {} as Record<string, AllowEntry> };
  for (const { name, source, file: entryFile, text } of sources) {
    for (const { text: entry, line } of lines(text)) {
      // One expiry rule for both kinds of line: the same syntax, the same dates, the same "longest wins".
      const expiry = EXPIRES.exec(entry);
      const body = expiry ? (expiry[1] as string) : entry;
      // Checked once the line's shape is: a malformed line is named as such first.
      const allowEntry = (): AllowEntry => ({ source, line, file: entryFile, expires: expiry ? calendarDate(expiry[2] as string, `${name} line ${line}`) : null });
      const urlMatch = ALLOW_URL_LINE.exec(body);
      if (urlMatch) {
        let url: string;
        try {
          url = parseUrlLine(urlMatch[1] as string).url;
        } catch (error) {
          if (error instanceof UrlLineError) throw new InputError(`${name} line ${line}: the URL ${error.message}.`);
          throw error;
        }
        keepLongest(urls, url, (urlMatch[2] as string).trim(), allowEntry());
        continue;
      }
      const match = ALLOW_LINE.exec(body);
      if (!match) {
        // Quoted only when it does not look like a URL: a URL may hold a token.
        const got = /^https?:\/\/\S+$/i.test(body)
          ? 'got a URL without a reason (not quoted: it may hold a secret)'
          : /^[a-z][\w+.-]*:\/\//i.test(entry)
            ? 'got a URL that is not http:// or https:// (not quoted: it may hold a secret)'
            : `got ${quote(entry)}`;
        throw new InputError(
          `${name} line ${line} must be \`<sha256> <reason>\`, optionally followed by \`expires=YYYY-MM-DD\`: 64 hexadecimal characters, a space, and why the artifact is allowed (or \`<url> <reason>\` for a URL of \`urls\`); ${got}.`,
        );
      }
      keepLongest(hashes, (match[1] as string).toLowerCase(), (match[2] as string).trim(), allowEntry());
    }
  }
  return { allow: hashes.reasons, allowEntries: hashes.entries, allowUrls: urls.reasons, allowUrlEntries: urls.entries };
}

/** Keeps an allow line's reason and entry under its hash or URL, unless one kept already allows as long. */
function keepLongest(into: { reasons: Record<string, string>; entries: Record<string, AllowEntry> }, key: string, reason: string, entry: AllowEntry): void {
  const kept = into.entries[key];
  if (kept && !lastsLonger(entry.expires, kept.expires)) return;
  into.reasons[key] = reason;
  into.entries[key] = entry;
}

/** Whether an entry ending on `a` allows longer than one ending on `b` (null: for good). */
function lastsLonger(a: string | null, b: string | null): boolean {
  return b !== null && (a === null || a > b);
}

/** A real day of the calendar, written YYYY-MM-DD. */
function calendarDate(value: string, where: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== value) {
    throw new InputError(`${where} has \`expires=${value}\`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example \`expires=2027-01-31\`.`);
  }
  return value;
}

/** `fail-engines`: engine names, one per line, lower-cased. An engine may not also be ignored. */
function failEngines(read: InputReader, ignoreEngines: readonly string[]): string[] {
  return lines(read('fail-engines')).map(({ text, line }) => {
    const name = text.toLowerCase();
    if (ignoreEngines.includes(name)) {
      throw new InputError(
        `Input \`fail-engines\` line ${line} names ${quote(text)}, which \`ignore-engines\` also lists: an engine whose verdicts do not count cannot fail an artifact. Remove it from one of the two.`,
      );
    }
    return name;
  });
}

function warnMalicious(read: InputReader, maxMalicious: number): number {
  const value = wholeNumber(read, 'warn-malicious', 0, 0);
  if (value >= maxMalicious) {
    throw new InputError(
      `Input \`warn-malicious\` must be less than \`max-malicious\` (${maxMalicious}): more detections than max-malicious fail, so an artifact could never be flagged; got ${quote(read('warn-malicious').trim())}. Raise max-malicious or leave warn-malicious empty.`,
    );
  }
  return value;
}

/** A share in %, 0 up to (not including) 100, with at most two decimals: compared exactly, in hundredths. */
function percent(read: InputReader, name: string): number {
  const value = read(name).trim();
  const number = Number(value.replace(/\s*%$/, ''));
  if (!/^\d+(\.\d{1,2})?\s*%?$/.test(value) || number >= 100) {
    throw new InputError(`Input \`${name}\` must be a percentage from 0 to less than 100, with at most two decimals (for example 15 or 12.5); got ${quote(value)}.`);
  }
  return number;
}

function oneOf<T extends string>(read: InputReader, name: string, accepted: readonly T[], fallback: T): T {
  const value = read(name).trim();
  if (value === '') return fallback;
  const match = accepted.find((option) => option === value.toLowerCase());
  if (match === undefined) {
    throw new InputError(`Input \`${name}\` must be one of ${accepted.map((a) => `\`${a}\``).join(', ')}; got ${quote(value)}.`);
  }
  return match;
}

function wholeNumber(read: InputReader, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = read(name).trim();
  if (value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new InputError(`Input \`${name}\` must be a whole number, ${range}; got ${quote(value)}.`);
  }
  return number;
}

function seconds(read: InputReader, name: string, fallback: number, max: number): number {
  const value = read(name).trim();
  if (value === '') return fallback;
  const number = Number(value);
  // Whole milliseconds: a value that would round to 0 ms is refused rather than cut every request.
  if (!/^\d+(\.\d+)?$/.test(value) || number < 0.001 || number > max) {
    throw new InputError(`Input \`${name}\` must be a number of seconds from 0.001 to ${max} (for example 30 or 2.5); got ${quote(value)}.`);
  }
  return number;
}

function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`Input \`${name}\` must be \`true\` or \`false\`; got ${quote(read(name).trim())}.`);
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The longest a cached answer may be reused: 30 days (a report that old is stale anyway). */
const MAX_CACHE_HOURS = 720;

/** The shortest `api-key` accepted. */
export const MIN_API_KEY_LENGTH = 16;

function apiUrl(raw: string, provider: Provider, apiKey: string): string {
  const value = raw.trim();
  if (value === '') return PROVIDERS[provider].apiUrl;
  // The URL is logged and written to the reports; the key belongs in `api-key` only. Not quoted back.
  if (value.toLowerCase().includes(apiKey.toLowerCase())) {
    throw new InputError('Input `api-url` must not contain the API key (the URL is shown in logs and reports); pass the key in `api-key` only.');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`Input \`api-url\` must be an absolute https:// URL, such as ${PROVIDERS[provider].apiUrl}; got ${quote(withoutCredentials(value))}.`);
  }
  // Quoted back without user and password: an input error is logged.
  const shown = quote(url.origin + url.pathname);
  if (url.username !== '' || url.password !== '' || value.includes('?') || value.includes('#')) {
    throw new InputError(`Input \`api-url\` must be a base URL without credentials, query or fragment; got ${shown}.`);
  }
  // The key travels in a header: never in clear text, except to this machine (tests, the sandbox).
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
  if (!secure) {
    throw new InputError(`Input \`api-url\` must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]); got ${shown}.`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Drops a `user:password@` part from a string that did not parse as a URL. */
function withoutCredentials(value: string): string {
  return value.replace(/\/\/[^/@]*@/, '//');
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
