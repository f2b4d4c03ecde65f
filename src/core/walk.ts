// The listing port in the core: one readdir walk with @actions/glob's pattern semantics, and no
// second look at what it found. Directory entries carry their type, so a plain file costs no stat;
// only links are stat'ed (to follow them) and directories (to catch link loops by device and inode).
// Matching is minimatch's, with the options @actions/glob gives it.
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, statSync, Stats, type Dirent } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { showBytes } from './bytes.js';
import { describePath, describeStatError, specialFileType, type Glob, type MatchedPaths, type PathKind } from './listing.js';

/** @actions/glob's MatchKind bits: a pattern with a trailing `/` matches directories only. */
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = MATCH_DIRECTORY | MATCH_FILE;
/** The walk runs synchronously (a stat-free walk is fastest so) and lets timers and signals in this often. */
const YIELD_EVERY_MS = 10;
const SEPARATOR = Buffer.from('/');
const FILE: PathKind = 'file';

/** A pattern in `files` that cannot be used: the message names it and says what is accepted. */
export class PatternError extends Error {
  override name = 'PatternError';
}

class Pattern {
  readonly negate: boolean;
  /** Set for the `<pattern>/**` added for every pattern, so a matched directory means its whole tree. */
  readonly implicit: boolean;
  /** The pattern as matched: absolute, its root escaped. */
  readonly text: string;
  readonly trailingSeparator: boolean;
  /** Where the walk starts for it: the leading segments without wildcards. */
  readonly searchPath: string;
  private readonly base: string;
  private readonly endsWithGlobstar: boolean;
  private readonly matcher: Minimatch;

  /** `base` is the literal directory the pattern was rooted at (`/` for an absolute one). */
  constructor(negate: boolean, implicit: boolean, text: string, trailingSeparator: boolean, base: string) {
    this.negate = negate;
    this.implicit = implicit;
    this.text = text;
    this.trailingSeparator = trailingSeparator;
    this.base = base;
    this.endsWithGlobstar = text.endsWith('/**');
    this.matcher = new Minimatch(text, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
    // minimatch's parsed segments after the base: a string where a segment has no wildcard (escapes undone).
    const literal = base === '/' ? [''] : base.split('/');
    for (const segment of (this.matcher.set[0] ?? []).slice(literal.length)) {
      if (typeof segment !== 'string') break;
      literal.push(segment);
    }
    this.searchPath = literal.join('/') || '/';
  }

  /** The same pattern with `/**` added: what makes a matched directory stand for its whole tree. */
  withDescendants(): Pattern {
    return new Pattern(this.negate, true, `${this.text === '/' ? '' : this.text}/**`, false, this.base);
  }

  match(itemPath: string): number {
    // As @actions/glob: an explicit `dir/**` matches `dir` itself too (`dir/` matches it).
    const subject = this.endsWithGlobstar && !this.implicit && !itemPath.endsWith('/') ? `${itemPath}/` : itemPath;
    if (!this.matcher.match(subject)) return 0;
    return this.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
  }

  /** Whether something below `directory` could match. */
  couldMatchBelow(directory: string): boolean {
    return this.matcher.match(directory, true);
  }

  /** Whether everything below `directory` matches, files and directories alike: a literal path and `/**` below it. */
  matchesAllBelow(directory: string): boolean {
    if (!this.endsWithGlobstar || this.trailingSeparator || this.text !== `${this.searchPath === '/' ? '' : this.searchPath}/**`) return false;
    return directory === this.searchPath || directory.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`);
  }
}

/**
 * The `files` text as @actions/glob reads it: one pattern a line, blank lines and `#` comments skipped,
 * each leading `!` flipping include to exclude; relative patterns rooted at `root`, `~` at `homedir`.
 * Each pattern is followed by its implicit `/**`, in order: later patterns win.
 */
export function parsePatterns(patterns: string, root: string, homedir: string = os.homedir()): Pattern[] {
  const parsed: Pattern[] = [];
  for (const line of patterns.split('\n').map((text) => text.trim())) {
    if (!line || line.startsWith('#')) continue;
    let text = line;
    let negate = false;
    while (text.startsWith('!')) {
      negate = !negate;
      text = text.slice(1).trim();
    }
    if (!text) throw new PatternError(`The pattern "${line}" in \`files\` has nothing after its \`!\`: write the path or pattern to exclude, such as \`!dist/**/*.map\`.`);
    text = text.replace(/\/+/g, '/');
    const segments = text.split('/');
    if (segments.some((segment, i) => segment === '..' || (segment === '.' && i > 0))) {
      throw new PatternError(`The pattern "${line}" in \`files\` uses \`.\` or \`..\` inside a path; write it from the workspace (\`dist/**\`) or as an absolute path.`);
    }
    const trailingSeparator = text.length > 1 && text.endsWith('/');
    if (trailingSeparator) text = text.slice(0, -1);
    const { base, pattern: rootedText } = rooted(text, root, homedir);
    const pattern = new Pattern(negate, false, rootedText, trailingSeparator, base);
    parsed.push(pattern);
    if (trailingSeparator || !pattern.text.endsWith('/**')) parsed.push(pattern.withDescendants());
  }
  return parsed;
}

function rooted(text: string, root: string, homedir: string): { base: string; pattern: string } {
  if (text.startsWith('/')) return { base: '/', pattern: text };
  const [base, rest] = text === '.' || text.startsWith('./') ? [root, text.slice(2)] : text === '~' || text.startsWith('~/') ? [homedir, text.slice(2)] : [root, text];
  return { base, pattern: joinPattern(escapeGlob(base), rest) };
}

function joinPattern(base: string, rest: string): string {
  if (!rest) return base;
  return base.endsWith('/') ? base + rest : `${base}/${rest}`;
}

/** A path as a pattern that matches only itself (as @actions/glob escapes the working directory). */
function escapeGlob(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/** As @actions/glob decides: each include adds what it matches, each later exclude takes it away. */
function matchKind(patterns: readonly Pattern[], itemPath: string): number {
  let kind = 0;
  for (const pattern of patterns) kind = pattern.negate ? kind & ~pattern.match(itemPath) : kind | pattern.match(itemPath);
  return kind;
}

/** Search paths: one per include pattern, none below another (the walk of the higher one covers it). */
function searchPaths(patterns: readonly Pattern[]): string[] {
  const candidates = new Set(patterns.filter((pattern) => !pattern.negate).map((pattern) => pattern.searchPath));
  const covered = (searchPath: string) => {
    for (let parent = path.dirname(searchPath), child = searchPath; parent !== child; child = parent, parent = path.dirname(parent)) {
      if (candidates.has(parent)) return true;
    }
    return false;
  };
  return [...candidates].filter((searchPath) => !covered(searchPath));
}

/** A directory being walked: its path as text (what patterns see) and as bytes when it is not UTF-8. */
interface Directory {
  text: string;
  bytes: Buffer | null;
  /** `dev:ino`, to find a link that leads back to a directory above it. */
  id: string;
  parent: Directory | null;
}

/**
 * The listing port over this walk. Patterns are rooted at `root` (the workspace). Links to
 * directories are followed; one that leads back to a directory above it is an error for that path
 * (when the path itself matched), not the end of the scan.
 */
export function walkingGlob(root: string, homedir?: string): Glob {
  return async (patterns) => walk(parsePatterns(patterns, path.resolve(root), homedir), path.resolve(root));
}

async function walk(patterns: readonly Pattern[], root: string): Promise<MatchedPaths> {
  const found: MatchedPaths & { kinds: PathKind[] } = { paths: [], kinds: [], brokenLinks: [], followsLinks: true };
  const includes = patterns.filter((pattern) => !pattern.negate);
  const excludes = patterns.filter((pattern) => pattern.negate);
  const couldMatchBelow = (directory: string) => includes.some((pattern) => pattern.couldMatchBelow(directory));
  // A tree every entry of which matches (`dist/**` and no exclude that could reach into it) is walked
  // without matching each entry: minimatch per entry was most of the listing time.
  const allBelow = (directory: string) => includes.some((pattern) => pattern.matchesAllBelow(directory)) && !excludes.some((pattern) => pattern.couldMatchBelow(directory));
  const add = (text: string, bytes: Buffer | null, kind: PathKind) => {
    found.paths.push(bytes ?? text);
    found.kinds.push(kind);
  };
  const stack: Directory[] = [];

  /** One matched-or-partly-matched entry, whatever its type; directories go on the stack. */
  /** One entry (its directory entry, or its lstat for a search path); directories go on the stack. */
  const examine = (text: string, bytes: Buffer | null, entry: Dirent<string | Buffer> | Stats, parent: Directory | null, known?: number): void => {
    const kind = known ?? matchKind(patterns, text);
    if (kind === 0 && !couldMatchBelow(text)) return;
    let info: Stats | undefined;
    // A link is followed; an entry of unknown type (some file systems say none) is looked at.
    if (entry.isSymbolicLink() || !(entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) {
      try {
        info = statSync(bytes ?? text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          if (kind & MATCH_FILE && entry.isSymbolicLink()) found.brokenLinks.push(bytes ? showBytes(bytes) : text);
          return; // gone since the directory was read: nothing to judge
        }
        if (kind & MATCH_FILE) add(text, bytes, { error: describeStatError(error) });
        return;
      }
    }
    if (info ? info.isDirectory() : entry!.isDirectory()) {
      let id: string;
      try {
        const { dev, ino } = info ?? (entry instanceof Stats ? entry : statSync(bytes ?? text));
        id = `${dev}:${ino}`;
      } catch (error) {
        if (kind !== 0) add(text, bytes, { error: describeStatError(error) });
        return;
      }
      for (let above = parent; above; above = above.parent) {
        if (above.id !== id) continue;
        // Everything below it is walked already; only a path that was itself matched is worth a word.
        if (kind !== 0) add(text, bytes, { error: `it is a symbolic link loop (ELOOP): it leads back to ${describePath(above.bytes ? showBytes(above.bytes) : above.text, root).displayPath}` });
        return;
      }
      stack.push({ text, bytes, id, parent });
      return;
    }
    if (!(kind & MATCH_FILE)) return;
    const regular = info ? info.isFile() : entry!.isFile();
    add(text, bytes, regular ? FILE : { special: specialFileType(info ?? entry!) });
  };

  for (const searchPath of searchPaths(patterns)) {
    let entry: Stats | undefined;
    try {
      entry = lstatSync(searchPath, { throwIfNoEntry: false });
    } catch (error) {
      add(searchPath, null, { error: describeStatError(error) });
      continue;
    }
    if (entry) examine(searchPath, null, entry, null); // a search path that does not exist matches nothing
  }
  let lastYield = performance.now();
  while (stack.length > 0) {
    const directory = stack.pop()!;
    let entries: Dirent<string | Buffer>[];
    try {
      entries = readEntries(directory);
    } catch (error) {
      // A directory that cannot be listed may hide artifacts: an error for it, never a silent gap.
      add(directory.text, directory.bytes, { error: describeStatError(error) });
      continue;
    }
    const prefix = directory.text === '/' ? '' : directory.text;
    const prefixSlash = `${prefix}/`; // one string joined per entry, not two
    const known = allBelow(directory.text) ? MATCH_ALL : undefined;
    for (const entry of entries) {
      const name = entry.name;
      if (typeof name === 'string') {
        const text = prefixSlash + name;
        // The common case, a plain file in a tree that matches whole, added without examining it.
        if (known === MATCH_ALL && entry.isFile()) {
          // Reading a character makes V8 join the two pieces now, while they are young: the collector
          // then drops the pieces instead of copying them with every path kept (50,000 files: about 5 ms).
          text.charCodeAt(0);
          add(text, null, FILE);
        } else examine(text, null, entry, directory, known);
      } else {
        // Patterns see U+FFFD for bytes that are not UTF-8 (as @actions/glob would); the bytes are kept.
        const bytes = directory.bytes || !isUtf8(name) ? Buffer.concat([directory.bytes ?? Buffer.from(prefix), SEPARATOR, name]) : null;
        examine(prefixSlash + name.toString(), bytes, entry, directory, known);
      }
    }
    if (performance.now() - lastYield >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  return found;
}

/**
 * A directory's entries, names as text; read again with names as bytes only when one is not
 * UTF-8 (it comes back with U+FFFD), so the common case makes no Buffer per name.
 */
function readEntries(directory: Directory): Dirent<string | Buffer>[] {
  if (directory.bytes) return readdirSync(directory.bytes, { withFileTypes: true, encoding: 'buffer' });
  const entries = readdirSync(directory.text, { withFileTypes: true });
  if (!entries.some((entry) => entry.name.includes('\uFFFD'))) return entries;
  return readdirSync(directory.text, { withFileTypes: true, encoding: 'buffer' });
}
