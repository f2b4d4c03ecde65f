// Emits an annotation plan (src/report/annotations.ts) as workflow commands (workflow.ts escapes line
// breaks in messages and properties); invisible format characters are escaped here.
import * as core from './workflow.js';
import type { Annotation } from '../report/annotations.js';
import { escapeInvisible } from '../report/text.js';

export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const { level, ...raw } of annotations) {
    const [title, message] = [escapeInvisible(raw.title), escapeInvisible(raw.message)];
    const properties: core.AnnotationProperties = raw.file ? { title, file: escapeInvisible(raw.file), ...(raw.line !== undefined && { startLine: raw.line }) } : { title };
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}
