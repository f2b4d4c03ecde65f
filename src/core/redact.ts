/** The text with every occurrence of `secret`, in any letter case, replaced by `***`. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.replace(new RegExp(secret.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'gi'), '***');
}
