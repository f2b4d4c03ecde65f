// Escaping for text that comes from outside (file names, threat names, service messages).

/** Control characters shown as visible escapes, so a name can never start a new log line or break a block. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside HTML and Markdown: HTML specials become entities, and Markdown's and GitHub's
 * specials (table pipes, backticks, emphasis, links, math, @mentions, #refs) become numeric
 * references, which render as themselves but are never read as syntax.
 */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"'|`*_[\]\\~$@#]/g, (char) => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`);
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

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
