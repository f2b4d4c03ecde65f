/** The text with every occurrence of `secret` replaced by `***`. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('***');
}
