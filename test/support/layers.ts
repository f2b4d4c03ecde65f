// The layering rule of src/ (README, "How it works"), checked over the import graph by
// test/unit/layers.test.ts. A test, not a linter setting, so it cannot be switched off quietly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Layer = 'core' | 'report' | 'adapters' | 'action' | 'cli' | 'entry';

/** Which layers each layer may import. Imports point one way: front doors → report → core. */
export const ALLOWED_IMPORTS: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  report: ['report', 'core'],
  adapters: ['adapters', 'core'],
  action: ['action', 'report', 'adapters', 'core'],
  cli: ['cli', 'report', 'adapters', 'core'],
  entry: ['action'],
};

/**
 * Packages only some layers may import. @actions/* (@actions/core writes workflow commands to
 * standard output) is the runner's edge; @actions/http-client
 * works anywhere, and is reached through one adapter both front doors share.
 */
export function allowedPackageLayers(specifier: string): readonly Layer[] | null {
  if (specifier === '@actions/http-client' || specifier.startsWith('@actions/http-client/')) return ['adapters'];
  if (specifier.startsWith('@actions/')) return ['action'];
  return null; // node: built-ins and other packages: anywhere
}

/** Layers where `process.env` may not appear: only the front doors read the environment. */
export const NO_ENVIRONMENT: readonly Layer[] = ['core', 'report', 'adapters'];

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes (`src/core/verdict.ts`). */
  path: string;
  text: string;
}

export function layerOf(file: string): Layer | null {
  if (file === 'src/index.ts') return 'entry';
  const match = /^src\/(core|report|adapters|action|cli)\//.exec(file);
  return match ? (match[1] as Layer) : null;
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
export function importsOf(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const pattern of [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  }
  return found;
}

/** The rule's violations in these files, one line each; empty when the layers hold. */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (layer === null) {
      violations.push(`${file.path} is in no layer: put it under src/core, src/report, src/adapters, src/action or src/cli`);
      continue;
    }
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
        const targetLayer = layerOf(target);
        if (targetLayer === null || !ALLOWED_IMPORTS[layer].includes(targetLayer)) {
          violations.push(`${file.path} (${layer}) imports ${specifier} (${targetLayer ?? 'outside the layers'}); ${layer} may import only ${ALLOWED_IMPORTS[layer].join(', ')}`);
        }
        continue;
      }
      const allowed = allowedPackageLayers(specifier);
      if (allowed !== null && !allowed.includes(layer)) {
        violations.push(`${file.path} (${layer}) imports ${specifier}; only ${allowed.join(', ')} may`);
      }
    }
    if (NO_ENVIRONMENT.includes(layer) && /\bprocess\.env\b/.test(withoutComments(file.text))) {
      violations.push(`${file.path} (${layer}) reads process.env; only the front doors (action, cli) read the environment`);
    }
  }
  return violations;
}

/** Every .ts and .js file under src/, as the rule sees it. */
export function readSources(root: string): SourceFile[] {
  const walk = (directory: string): string[] =>
    readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${directory}/${entry.name}`) : /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [`${directory}/${entry.name}`] : [],
    );
  return walk('src').map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }));
}

/** Comments removed (roughly: enough that a comment naming a module or process.env is not code). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
