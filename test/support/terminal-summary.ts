// A job summary as a person reads it in a terminal: rendered as GitHub renders it (so what the
// sanitizer drops is dropped here too), then laid out as plain text with aligned tables.
import type { Element, ElementContent, Root } from 'hast';
import { githubTree } from './github-markdown.ts';

const WIDTH = 110;

export async function summaryAsText(markdown: string): Promise<string> {
  const lines = blocks((await githubTree(markdown)).children as ElementContent[]);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function blocks(nodes: readonly (ElementContent | Root['children'][number])[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim() !== '') out.push(...wrap(node.value.trim()));
      continue;
    }
    if (node.type !== 'element') continue;
    out.push(...block(node));
  }
  return out;
}

function block(element: Element): string[] {
  switch (element.tagName) {
    case 'h1':
    case 'h2':
    case 'h3': {
      const text = inline(element);
      return ['', text, (element.tagName === 'h3' ? '─' : '═').repeat(Math.min(WIDTH, width(text))), ''];
    }
    case 'p':
      return [
        ...inline(element)
          .split('\n')
          .flatMap((line) => wrap(line)),
        '',
      ];
    case 'blockquote':
      return [
        ...blocks(element.children)
          .filter((line) => line !== '')
          .map((line) => `│ ${line}`),
        '',
      ];
    case 'ul':
    case 'ol':
      return [...children(element, 'li').flatMap((li) => wrap(inline(li)).map((line, i) => `${i === 0 ? '• ' : '  '}${line}`)), ''];
    case 'table':
      return [...table(element), ''];
    case 'details': {
      const summary = children(element, 'summary')[0];
      const rest = element.children.filter((child) => !(child.type === 'element' && child.tagName === 'summary'));
      return [`▸ ${summary ? inline(summary) : 'Details'}`, ...blocks(rest).map((line) => (line === '' ? '' : `    ${line}`)), ''];
    }
    default:
      return inline(element)
        .split('\n')
        .flatMap((line) => wrap(line));
  }
}

/** Text of an element, `<br>` as a line break. */
function inline(node: ElementContent): string {
  if (node.type === 'text') return node.value.replace(/\s*\n\s*/g, ' ');
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(inline).join('');
}

function children(element: Element, tagName: string): Element[] {
  const found: Element[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) found.push(...children(child, tagName));
  }
  return found;
}

/** Columns padded to their widest cell; a cell that spans the row goes on its own indented lines. */
function table(element: Element): string[] {
  const rows = children(element, 'tr').map((tr) =>
    tr.children
      .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
      .map((cell) => ({ lines: inline(cell).trim().split('\n'), spans: Number(cell.properties.colSpan ?? 1) })),
  );
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.filter((cells) => cells.length === columns).flatMap((cells) => cells[c]!.lines.map(width))));
  const out: string[] = [];
  for (const [index, cells] of rows.entries()) {
    if (cells.length < columns && cells.length === 1) {
      out.push(...cells[0]!.lines.flatMap((line) => wrap(line, WIDTH - 4)).map((line) => `  ↳ ${line}`));
      continue;
    }
    const height = Math.max(...cells.map((cell) => cell.lines.length));
    for (let line = 0; line < height; line++)
      out.push(
        cells
          .map((cell, c) => pad(cell.lines[line] ?? '', widths[c] ?? 0))
          .join('  │ ')
          .trimEnd(),
      );
    if (index === 0) out.push(widths.map((w) => '─'.repeat(w)).join('──┼─'));
  }
  return out;
}

/** Display width in a terminal: emoji take two columns, variation selectors none. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (/[\uFE0E\uFE0F\u200D]/.test(char)) continue;
    columns += /\p{Extended_Pictographic}/u.test(char) && char.codePointAt(0)! > 0xff ? 2 : 1;
  }
  return columns;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

function wrap(text: string, columns = WIDTH): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    if (current !== '' && width(current) + 1 + width(word) > columns) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
