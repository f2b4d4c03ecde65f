// Property tests: whatever a file name or a threat name holds, it stays data.
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { emitAnnotations } from '../../src/action/annotations.ts';
import type { Annotation } from '../../src/report/annotations.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { clip, escapeHtml, escapeInvisible, MAX_SHOWN_CHARS, oneLine } from '../../src/report/text.ts';
import type { ArtifactResult, Policy } from '../../src/core/types.ts';
import { parseAnnotations } from '../support/runner.ts';
import { defaultPolicy } from '../support/policy.ts';
import { scanOf } from '../support/results.ts';

/** Strings rich in what breaks things: line breaks, command markers, separators, HTML and Markdown. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\n',
      '\r',
      '\u2028',
      '\u202e',
      '\u2066',
      '\u200b',
      '\u200f',
      '\ufeff',
      '::',
      '%',
      '%0A',
      ',',
      ':',
      '=',
      '|',
      '<',
      '>',
      '`',
      '&',
      '"',
      "'",
      '#',
      '@',
      '*',
      '_',
      '[',
      ']',
      '\\',
      '$',
      '~',
      '<script>',
      '</td>',
      '-->',
    ),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 40,
});

/** Bidirectional controls and invisible format characters: never shown raw. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The defaults of action.yml. */
const POLICY: Policy = defaultPolicy();

afterEach(() => {
  vi.restoreAllMocks();
});

function captureStdout(run: () => void): string {
  let written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
  run();
  vi.restoreAllMocks();
  return written;
}

describe('annotations', () => {
  test('one annotation is one workflow command line, and the runner reads back the file, title and message with only invisible characters escaped', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.constantFrom('error', 'warning', 'notice'), (file, title, message, level) => {
        const annotation: Annotation = { level: level as Annotation['level'], title, message, file };
        const written = captureStdout(() => emitAnnotations([annotation]));

        const lines = written.split('\n').filter((line) => line !== '');
        expect(lines).toHaveLength(1);
        expect(lines[0]!.startsWith(`::${level} `)).toBe(true);
        const [parsed] = parseAnnotations(written);
        const properties = { ...(title && { title: escapeInvisible(title) }), ...(file && { file: escapeInvisible(file) }) }; // empty properties are left out
        expect(parsed).toEqual({ level, properties, message: escapeInvisible(message) });
        expect(written).not.toMatch(INVISIBLE);
      }),
      { numRuns: 300 },
    );
  });
});

describe('log lines', () => {
  test('oneLine leaves no line break of any kind, and keeps printable text as it was', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const line = oneLine(text);
        expect(line).not.toMatch(/[\n\r\u2028\u2029\u0000-\u001f\u007f]/);
        expect(line).not.toMatch(INVISIBLE);
        if (!/[\u0000-\u001f\u007f\u2028\u2029]/.test(text) && !INVISIBLE.test(text)) expect(line).toBe(text);
      }),
    );
  });

  test('clip keeps short text whole and cuts long text to a bounded length that starts with the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2 * MAX_SHOWN_CHARS }), fc.integer({ min: 1, max: MAX_SHOWN_CHARS }), (text, max) => {
        const clipped = clip(text, max);
        if (text.length <= max) expect(clipped).toBe(text);
        else {
          expect(clipped.length).toBeLessThanOrEqual(max + 30);
          expect(text.startsWith(clipped.slice(0, clipped.lastIndexOf('…')))).toBe(true);
        }
      }),
    );
  });
});

describe('HTML and Markdown', () => {
  const decode = (html: string) =>
    html.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, entity: string) => (entity.startsWith('#') ? String.fromCharCode(Number(entity.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"' }[entity]!));

  test('escapeHtml leaves no special character raw, and decodes back to the one-line text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = escapeHtml(text);
        expect(html.replace(/&(#\d+|amp|lt|gt|quot);/g, '')).not.toMatch(/[<>&"'|`*_[\]\\~$@#\n\r]/);
        expect(html).not.toMatch(INVISIBLE);
        expect(decode(html)).toBe(oneLine(text));
      }),
    );
  });

  test('the summary keeps one table row per artifact and no markup but its own, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 6 }), (entries) => {
        const results: ArtifactResult[] = entries.map(([name, threat], i) => ({
          artifact: { absolutePath: `/w/${name}`, displayPath: name, inWorkspace: true, size: i },
          sha256: i.toString(16).padStart(64, '0'),
          status: 'malicious',
          decidedBy: { rule: 'max-malicious' },
          consequence: 'fail',
          error: null,
          counted: { malicious: 1, suspicious: 0 },
          allowed: null,
          staleDays: null,
          report: {
            sha256: i.toString(16).padStart(64, '0'),
            stats: { malicious: 1, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
            engineCount: 1,
            detections: [{ engine: threat, category: 'malicious', result: threat, version: null }],
            threatNames: [threat],
            suggestedThreatLabel: null,
            firstSeen: null,
            lastAnalysed: null,
          },
        }));
        const scan = scanOf(results, entries.map(([name]) => name).join(', '));
        const summary = renderSummary(scan, { provider: 'virustotal', policy: POLICY, reportPath: null });

        const artifactRows = summary.split('\n').filter((line) => line.startsWith('<tr><td><code>'));
        expect(artifactRows).toHaveLength(results.length);
        const ownMarkup = /<\/?(table|tr|th|td|code|a|br|details|summary|ul|li)\b[^<>]*>/g;
        expect(summary.replace(ownMarkup, '')).not.toMatch(/[<>]/);
        expect(summary).not.toMatch(INVISIBLE);
        expect(summary.split('\n').filter((line) => line.trim() === '').length).toBeGreaterThan(0);
        // No blank line inside a table: that would end the HTML block and let Markdown in.
        for (const table of summary.match(/<table>[\s\S]*?<\/table>/g) ?? []) expect(table).not.toMatch(/\n\s*\n/);
      }),
      { numRuns: 200 },
    );
  });

  test('allowed reasons and ignored engine names stay data too', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 5 }), (entries) => {
        const sha = (i: number) => (i + 1).toString(16).padStart(64, '0');
        const results: ArtifactResult[] = entries.map(([name, reason, engine], i) => ({
          artifact: { absolutePath: `/w/${name}`, displayPath: name, inWorkspace: true, size: i },
          sha256: sha(i),
          status: 'allowed',
          decidedBy: { rule: 'allow' },
          consequence: 'pass',
          error: null,
          counted: { malicious: 0, suspicious: 0 },
          allowed: { reason, otherwise: 'malicious' },
          staleDays: null,
          report: {
            sha256: sha(i),
            stats: { malicious: 1, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
            engineCount: 1,
            detections: [{ engine, category: 'malicious', result: reason, version: engine }],
            threatNames: [],
            suggestedThreatLabel: null,
            firstSeen: null,
            lastAnalysed: null,
          },
        }));
        const policy: Policy = {
          ...POLICY,
          ignoreEngines: entries.map(([, , engine]) => engine.toLowerCase()),
          allow: Object.fromEntries(entries.map(([, reason], i) => [sha(i), reason])),
        };
        const scan = scanOf(results);
        const summary = renderSummary(scan, { provider: 'virustotal', policy, reportPath: null });

        expect(summary.split('\n').filter((line) => line.startsWith('<tr><td><code>'))).toHaveLength(results.length);
        expect(summary.split('<em>(ignored)</em>').length - 1).toBe(results.length);
        const ownMarkup = /<\/?(table|tr|th|td|code|a|br|details|summary|ul|li|em)\b[^<>]*>/g;
        expect(summary.replace(ownMarkup, '')).not.toMatch(/[<>]/);
        expect(summary).not.toMatch(INVISIBLE);
        for (const table of summary.match(/<table>[\s\S]*?<\/table>/g) ?? []) expect(table).not.toMatch(/\n\s*\n/);
      }),
      { numRuns: 200 },
    );
  });
});
