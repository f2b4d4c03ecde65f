import { describe, expect, test } from 'vitest';
import { redact } from '../../src/core/redact.ts';

describe('redact', () => {
  test('hides every occurrence of the secret in any letter case, its pattern characters taken literally', () => {
    expect(redact('key a.b+c? and A.B+C? but not aXb+c', 'a.b+c?')).toBe('key *** and *** but not aXb+c');
  });

  test('a second secret is redacted as itself, not as the one before (the pattern is kept between calls)', () => {
    expect(redact('first-secret second-secret', 'first-secret')).toBe('*** second-secret');
    expect(redact('first-secret second-secret', 'second-secret')).toBe('first-secret ***');
    expect(redact('first-secret', '')).toBe('first-secret');
  });
});
