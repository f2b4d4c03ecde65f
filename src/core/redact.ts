/** The secret's pattern of the last call: the same API key is redacted from every answer. */
let cached: { secret: string; pattern: RegExp } | null = null;

/** The text with every occurrence of `secret`, in any letter case, replaced by `***`. */
export function redact(text: string, secret: string): string {
  if (secret === '') return text;
  if (cached?.secret !== secret) cached = { secret, pattern: new RegExp(secret.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'gi') };
  return text.replace(cached.pattern, '***');
}
