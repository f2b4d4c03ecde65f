// Emits an annotation plan (src/report/annotations.ts) through @actions/core, which escapes messages and properties.
import * as core from '@actions/core';
import type { Annotation } from '../report/annotations.js';

export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const { level, title, message, file } of annotations) {
    const properties: core.AnnotationProperties = file ? { title, file } : { title };
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}
