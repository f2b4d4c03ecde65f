// URLs to check: the lines of `urls` / `urls-file` (and `--urls`), validated one by one, and the two
// ways a URL is shown. A URL can carry a secret (a token in its query), so it is never shown as given.
import type { UrlItem } from './types.js';

/** Longer URLs are refused: browsers, servers and the service's own URL lookups stop well before. */
export const MAX_URL_LENGTH = 2048;

/** Why a line is not a URL to check; the caller names the input and the line. */
export class UrlLineError extends Error {
  override name = 'UrlLineError';
}

/**
 * One line as a URL to check: http or https, with a host, no spaces, at most MAX_URL_LENGTH
 * characters, and no user or password (a credential would be sent to the service and shown).
 */
export function parseUrlLine(text: string): { url: string; display: string } {
  if (text.length > MAX_URL_LENGTH) throw new UrlLineError(`is ${text.length} characters long; at most ${MAX_URL_LENGTH} are accepted`);
  if (/\s/.test(text)) throw new UrlLineError(`must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got ${quoteUrl(text)}`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new UrlLineError(`must not hold control characters; got ${quoteUrl(text)}`);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new UrlLineError(`must be an absolute http:// or https:// URL (such as https://downloads.example.com/app.tar.gz); got ${quoteUrl(text)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UrlLineError(`must be an http:// or https:// URL; got ${quoteUrl(text)} (${parsed.protocol.replace(/:$/, '')})`);
  }
  // The parser forgives `https:host`, `https:/host`, `https:///host` and `\` for `/`; the service
  // would be sent the text as written, not what the parser made of it, so only the plain form is taken.
  if (!/^https?:\/\/[^/\\]/i.test(text) || text.includes('\\')) {
    throw new UrlLineError(`must be written as http:// or https:// followed by the host, with / (not \\) between parts; got ${quoteUrl(text)}`);
  }
  if (parsed.hostname === '') throw new UrlLineError(`must name a host; got ${quoteUrl(text)}`);
  if (parsed.username !== '' || parsed.password !== '' || /^[^/?#]*@/.test(text.slice(text.indexOf('//') + 2))) {
    throw new UrlLineError(`must not hold a user name or password (it would be sent to the reputation service and shown in reports); got ${quoteUrl(text)}`);
  }
  return { url: text, display: maskedUrl(parsed) };
}

/** `urls`-style text (one URL a line, `#` comments) as items; the first of two equal URLs is kept. */
export function parseUrlList(text: string, source: Omit<UrlItem['source'], 'line'>, name: string, into: UrlItem[] = []): UrlItem[] {
  const seen = new Set(into.map((item) => item.url));
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let parsed: { url: string; display: string };
    try {
      parsed = parseUrlLine(line);
    } catch (error) {
      if (error instanceof UrlLineError) throw new UrlLineError(`${name} line ${index + 1} ${error.message}.`);
      throw error;
    }
    if (seen.has(parsed.url)) continue;
    seen.add(parsed.url);
    into.push({ ...parsed, source: { ...source, line: index + 1 } });
  }
  return into;
}

/**
 * The URL with what may be secret taken out: no user or password, each query value (and each
 * query part without a name) and the fragment shown as `…`. Scheme, host, port and path stay, so people can tell which address it is.
 */
export function maskedUrl(url: URL): string {
  const query =
    url.search === ''
      ? ''
      : `?${url.search
          .slice(1)
          .split('&')
          // A part without `=` may be the secret itself (`?9f3c2a71d0e4`): masked whole.
          .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=…` : pair === '' ? pair : '…'))
          .join('&')}`;
  const fragment = url.hash === '' ? '' : '#…';
  // A URL without a host (javascript:, mailto:) is only ever quoted in an error; it keeps its own form.
  const base = url.host === '' ? url.href.replace(/[?#].*$/, '') : `${url.protocol}//${url.host}${url.pathname}`;
  return `${base}${query}${fragment}`;
}

/**
 * A masked URL that no one can click by mistake: `hxxps://evil[.]example/…`. What a log viewer or
 * Markdown would link inside its path or query is defanged too: another URL
 * (`/go/https://evil.example/`), a `www.` name, or an e-mail address (`user@evil.example`).
 */
export function defang(display: string): string {
  const dots = (name: string) => name.replace(/\./g, '[.]');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(display);
  if (!match) return dots(display);
  const [, scheme, host, rest] = match as unknown as [string, string, string, string];
  const embedded = rest
    .replace(/(h)tt(ps?:\/\/)([^/?#&\s]*)/gi, (_, h: string, ps: string, name: string) => `${h}xx${ps}${dots(name)}`)
    .replace(/www\.[^/?#&\s]*/gi, dots)
    .replace(/@([^/?#&\s]*)/g, (_, domain: string) => `@${dots(domain)}`);
  return `${scheme.replace(/^(h)tt(ps?:)/i, '$1xx$2')}${dots(host)}${embedded}`;
}

/**
 * The URL's identifier for `GET {api-url}/urls/{id}`: the URL in unpadded base64url. The service
 * also takes the SHA-256 of its canonical form, but the canonicalisation is the service's own: a
 * hash computed here that differed by one slash would read as "never seen", not as the known URL.
 */
export function urlIdentifier(url: string): string {
  return Buffer.from(url, 'utf8').toString('base64url');
}

/** Quoted for an error message: masked when it parses, clipped, and never with a `user:password@`. */
function quoteUrl(text: string): string {
  let shown: string;
  try {
    shown = maskedUrl(new URL(text));
  } catch {
    shown = text.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '?…');
  }
  // Defanged as everywhere people read a URL: an input error is shown in the log and as an annotation.
  return JSON.stringify(defang(shown.length > 100 ? `${shown.slice(0, 100)}…` : shown));
}
