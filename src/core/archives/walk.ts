// Opens an artifact that is an archive and reads every member once, in order: each through SHA-256,
// sniffed by its first bytes, and opened in turn when it is an archive itself (to the depth limit).
// Nothing is written to disk; a nested archive is held in memory only up to its cap.
import { createHash } from 'node:crypto';
import type { Artifact } from '../types.js';
import { arEntries } from './ar.js';
import { compressedEntries, ratioError } from './compressed.js';
import { sourceStream, TotalLimitError, type ArchiveEntry, type ArchiveSource } from './entries.js';
import { ratioExceeded, type ArchiveLimits } from './limits.js';
import { memberPath } from './member-path.js';
import { isNativeBinary, SNIFF_BYTES, sniffContainer, type ContainerKind } from './sniff.js';
import { tarEntries } from './tar.js';
import { crxZipOffset, zipEntries } from './zip.js';

/** Which members are looked up: native binaries and nested archives, every file, or none (archives judged whole). */
export type MemberSelection = 'binaries' | 'all' | 'none';

export interface ArchiveOptions {
  members: MemberSelection;
  limits: ArchiveLimits;
}

/** A member to judge: hashed, or null when it could not be read (`artifact.unscanned` says why). */
export interface FoundMember {
  artifact: Artifact;
  sha256: string | null;
}

export interface OpenedArchive {
  /** Why the archive was not opened fully (its members read so far are still judged); null when it was. */
  unscanned: string | null;
  members: FoundMember[];
}

const KIND_NAMES: Record<ContainerKind, string> = { zip: 'zip', crx: 'crx', tar: 'tar', gzip: 'gzip', zstd: 'zstd', xz: 'xz', ar: 'ar' };

/**
 * The members of `artifact` when its first bytes say it is an archive; null when they do not. Its own
 * `sha256` may still be being computed (a quine is told by it).
 */
export async function openArchive(artifact: Artifact, head: Uint8Array, sha256: string | Promise<string>, options: ArchiveOptions): Promise<OpenedArchive | null> {
  const kind = sniffContainer(head);
  if (options.members === 'none' || kind === null) return null;
  const walk = new Walk(artifact, sha256, options);
  const source = { file: artifact.rawPath ?? artifact.absolutePath, size: artifact.size, offset: 0 };
  let unscanned: string | null;
  try {
    unscanned = await walk.archive(kind, source, head, [], [], 1);
  } catch (error) {
    if (!(error instanceof TotalLimitError)) throw error;
    unscanned = error.message;
  }
  return { unscanned, members: walk.members };
}

interface ReadMember {
  sha256: string;
  size: number;
  head: Buffer;
  /** The whole member, when it is an archive that fits the cap. */
  bytes: Buffer | null;
}

class Walk {
  readonly members: FoundMember[] = [];
  private readonly outer: Artifact;
  /** The outer file's hash; '' when hashing it failed (then this walk's result is dropped anyway). */
  private readonly outerHash: Promise<string>;
  private readonly options: ArchiveOptions;
  private totalBytes = 0;
  /** xz streams being read: the decoder reads one at a time, so an xz inside one would wait for it for ever. */
  private xzOpen = 0;

  constructor(outer: Artifact, outerHash: string | Promise<string>, options: ArchiveOptions) {
    this.outer = outer;
    this.outerHash = Promise.resolve(outerHash).catch(() => '');
    this.options = options;
  }

  /** Reads one archive; returns why it was not opened fully, or null. */
  async archive(kind: ContainerKind, source: ArchiveSource, head: Uint8Array, names: string[], ancestors: string[], depth: number): Promise<string | null> {
    const { maxMembers } = this.options.limits;
    if (kind === 'xz' && this.xzOpen > 0) return 'it is xz inside an xz stream being read, and the xz decoder reads one stream at a time; not opened';
    if (kind === 'xz') this.xzOpen++;
    let count = 0;
    try {
      for await (const entry of this.entries(kind, source, head, names)) {
        if (++count > maxMembers) return `it has more than ${maxMembers} members (archive-max-members); the rest were not read`;
        // Nesting multiplies members (10,000 archives of 10,000): one file's, every level together, are bounded too.
        if (this.members.length >= maxMembers * MEMBERS_IN_ALL_FACTOR) {
          throw new TotalLimitError(`more than ${maxMembers * MEMBERS_IN_ALL_FACTOR} members in all levels (${MEMBERS_IN_ALL_FACTOR} × archive-max-members); the rest were not read`);
        }
        await this.member(entry, [...names, shownName(entry.name)], ancestors, depth);
      }
      return null;
    } catch (error) {
      if (error instanceof TotalLimitError) throw error;
      return `it could not be read as ${KIND_NAMES[kind]}: ${describe(error)}`;
    } finally {
      if (kind === 'xz') this.xzOpen--;
    }
  }

  private entries(kind: ContainerKind, source: ArchiveSource, head: Uint8Array, names: string[]): AsyncIterable<ArchiveEntry> {
    const { maxMembers, maxRatio } = this.options.limits;
    switch (kind) {
      case 'zip':
        return zipEntries(source, maxMembers);
      case 'crx': {
        const offset = crxZipOffset(head);
        if (offset === null) return failing('its crx header is not version 2 or 3');
        if (offset >= ('buffer' in source ? source.buffer.length : source.size)) return failing(`its header says its zip starts at byte ${offset}, past the end of the file`);
        return zipEntries('buffer' in source ? { buffer: source.buffer.subarray(offset) } : { ...source, offset }, maxMembers);
      }
      case 'tar':
        return tarEntries(sourceStream(source));
      case 'ar':
        return arEntries(sourceStream(source));
      case 'gzip':
      case 'zstd':
      case 'xz':
        return compressedEntries(kind, sourceStream(source), names.at(-1) ?? this.outer.displayPath, maxRatio);
    }
  }

  private async member(entry: ArchiveEntry, names: string[], ancestors: string[], depth: number): Promise<void> {
    const artifact = memberArtifact(this.outer, names);
    // Looked up whatever it holds, but never passed as scanned: unpacking it would write outside the target directory.
    const escapes = leavesArchive(entry.name) ? `its name leads out of the archive (\`..\` or an absolute path): unpacking it would write outside the target directory` : null;
    const unscanned = (...reasons: (string | null)[]) => {
      const said = [escapes, ...reasons].filter((reason): reason is string => reason !== null);
      if (said.length > 0) artifact.unscanned = said.join('; ');
    };
    if (entry.unreadable) {
      unscanned(entry.unreadable);
      this.members.push({ artifact, sha256: null });
      return;
    }
    let read: ReadMember;
    try {
      read = await this.read(entry, depth);
    } catch (error) {
      // In a stream, what follows a member that could not be read cannot be found: the archive ends.
      if (error instanceof TotalLimitError || !entry.isolated) throw error;
      unscanned(describe(error));
      this.members.push({ artifact, sha256: null });
      return;
    }
    artifact.size = read.size;
    const kind = sniffContainer(read.head);
    if (!(this.options.members === 'all' || kind !== null || escapes !== null || isNativeBinary(read.head))) return;
    this.members.push({ artifact, sha256: read.sha256 });
    if (kind === null) {
      unscanned();
      return;
    }
    const { maxDepth, maxNestedBytes } = this.options.limits;
    if (read.sha256 === (await this.outerHash) || ancestors.includes(read.sha256)) unscanned('it contains itself (a quine); not opened again');
    else if (depth >= maxDepth) unscanned(`it is nested deeper than archive-max-depth (${maxDepth}); not opened`);
    else if (read.bytes === null) unscanned(`it is larger than archive-max-nested-mib (${maxNestedBytes / 1024 / 1024} MiB), the most held in memory to open a nested archive; not opened`);
    else unscanned(await this.archive(kind, { buffer: read.bytes }, read.head, names, [...ancestors, read.sha256], depth + 1));
  }

  /** Streams a member through SHA-256, within the limits; keeps it whole only when it is an archive to open. */
  private async read(entry: ArchiveEntry, depth: number): Promise<ReadMember> {
    const { maxMemberBytes, maxTotalBytes, maxRatio, maxNestedBytes, maxDepth } = this.options.limits;
    // What a zip declares is checked first (a lie is caught while reading): a bomb costs no inflating.
    if (entry.declaredSize !== undefined) {
      if (entry.declaredSize > maxMemberBytes) throw memberTooLarge(maxMemberBytes);
      if (entry.compressedSize !== null && ratioExceeded(entry.declaredSize, entry.compressedSize, maxRatio)) throw ratioError(maxRatio);
    }
    const digest = createHash('sha256');
    const kept: Buffer[] = [];
    let size = 0;
    let head: Buffer | null = null;
    let keep = true; // until the head says whether this is an archive to open
    for await (const chunk of await entry.data()) {
      size += chunk.length;
      this.totalBytes += chunk.length;
      if (this.totalBytes > maxTotalBytes) {
        throw new TotalLimitError(`more than archive-max-total-mib (${maxTotalBytes / 1024 / 1024} MiB) uncompressed in all; the rest was not read`);
      }
      if (size > maxMemberBytes) throw memberTooLarge(maxMemberBytes);
      if (entry.compressedSize !== null && ratioExceeded(size, entry.compressedSize, maxRatio)) throw ratioError(maxRatio);
      digest.update(chunk);
      if (!keep) continue;
      kept.push(chunk);
      if (head === null && size >= SNIFF_BYTES) {
        head = Buffer.concat(kept).subarray(0, SNIFF_BYTES);
        keep = sniffContainer(head) !== null && depth < maxDepth;
      }
      if (size > maxNestedBytes) keep = false;
      if (!keep) kept.length = 0;
    }
    const whole = keep ? Buffer.concat(kept) : null;
    return { sha256: digest.digest('hex'), size, head: head ?? whole ?? Buffer.alloc(0), bytes: whole };
  }
}

function memberTooLarge(maxMemberBytes: number): Error {
  return new Error(`it is larger than archive-max-member-mib (${maxMemberBytes / 1024 / 1024} MiB)`);
}

/** How many times archive-max-members one file's members may number, every nested level together. */
const MEMBERS_IN_ALL_FACTOR = 10;

/** Longer member names are cut where shown: a tar's can run to megabytes, every log line and annotation repeating it. */
const MAX_NAME_CHARS = 1024;

/** The name as shown: cut past MAX_NAME_CHARS, saying how much was left out (never splitting a surrogate pair). */
export function shownName(name: string): string {
  if (name.length <= MAX_NAME_CHARS) return name;
  const end = /[\ud800-\udbff]/.test(name[MAX_NAME_CHARS - 1]!) ? MAX_NAME_CHARS - 1 : MAX_NAME_CHARS;
  return `${name.slice(0, end)}… (${name.length - end} more characters)`;
}

/** A member as an artifact: shown as `outer!/member!/inner`, pointing at the outer file. */
function memberArtifact(outer: Artifact, names: string[]): Artifact {
  const chain = [outer.displayPath, ...names];
  return {
    absolutePath: outer.absolutePath,
    ...(outer.rawPath && { rawPath: outer.rawPath }),
    displayPath: memberPath(chain),
    inWorkspace: outer.inWorkspace,
    size: 0,
    member: { chain },
  };
}

/** A `..` segment or an absolute path (`/x`, `C:\\x`, `\\\\server\\x`): what unpacks outside its target directory. */
export function leavesArchive(name: string): boolean {
  return /^([\\/]|[A-Za-z]:)/.test(name) || name.split(/[\\/]/).includes('..');
}

/** An archive whose first member already fails: what a header that cannot be read gives. */
function failing(reason: string): AsyncIterable<ArchiveEntry> {
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error(reason)) }) };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
