/** The text with every occurrence of `secret`, in any letter case, replaced by `***`. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.replace(patternsOf(secret).every, '***');
}

/** Whether `text` holds `secret` in any letter case: whether redact() would change it. */
export function holdsSecret(text: string, secret: string): boolean {
  return secret !== '' && patternsOf(secret).any.test(text);
}

// A run has one secret: its patterns are compiled once, not for each of the many texts of an answer.
let compiled: { secret: string; every: RegExp; any: RegExp } | null = null;

function patternsOf(secret: string): { every: RegExp; any: RegExp } {
  if (compiled?.secret !== secret) {
    const source = secret.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    // `any` has no g flag, so test() keeps no state between texts.
    compiled = { secret, every: new RegExp(source, 'gi'), any: new RegExp(source, 'i') };
  }
  return compiled;
}
