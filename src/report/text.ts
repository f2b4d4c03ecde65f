// Escaping for text that comes from outside (file names, threat names, service messages).

/** How much of one outside text (a threat or engine name, a service's message) is shown. */
export const MAX_SHOWN_CHARS = 300;

/**
 * The text cut to `max` characters with a marker saying how much was left out, so one huge name from
 * the service cannot crowd out the rest of a report. Never splits a surrogate pair.
 */
export function clip(text: string, max = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/**
 * Characters that change how the text around them is shown without being seen themselves:
 * bidirectional embeddings, overrides and isolates, zero-width spaces, joiners and marks, and the BOM.
 * Raw, they let `evil\u202egpj.exe` read as `evilexe.jpg`.
 */
const INVISIBLE_FORMAT = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Invisible format characters shown as `\uXXXX`, for text whose line breaks are escaped elsewhere. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE_FORMAT, unicodeEscape);
}

/**
 * Control and invisible format characters shown as visible escapes, so a name can never start a new
 * log line, break a block, or show itself in another order than it is written.
 */
export function oneLine(text: string): string {
  return escapeInvisible(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return unicodeEscape(char);
  });
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** An engine's verdict as shown in messages: `Engine: threat name`, both clipped. */
export function describeDetection({ engine, result }: { engine: string; result: string | null }): string {
  return result ? `${clip(engine)}: ${clip(result)}` : clip(engine);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside HTML and Markdown: HTML specials become entities, and Markdown's and GitHub's
 * specials (table pipes, backticks, emphasis, links, math, @mentions, #refs) become numeric
 * references, which render as themselves but are never read as syntax. What GitHub would autolink
 * (`https://…`, `www.…`) has its `:` or `.` wrapped in a `<span>`: autolinking works on runs of text,
 * and an entity alone is decoded back into the run before it does.
 */
export function escapeHtml(text: string): string {
  return oneLine(text)
    .replace(/[&<>"'|`*_[\]\\~$@#]/g, (char) => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`)
    .replace(/:(?=\/\/)|(?<=www)\./gi, (char) => `<span>${char}</span>`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A date as YYYY-MM-DD (UTC), or an em dash when the service gave none. */
export function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : '—';
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
