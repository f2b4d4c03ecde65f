// Stages 2 and 3 overlapped: hash the artifacts with bounded parallelism and look each unique hash up
// as soon as it is known, so lookups (often the slow part) start while hashing goes on.
import { mapConcurrent } from './concurrency.js';
import type { OpenedArchive } from './archives/walk.js';
import { FileReadError, type FileHash } from './hashing.js';
import type { Artifact, LookupOutcome } from './types.js';

export interface ScannedArtifact {
  artifact: Artifact;
  sha256: string | null;
  outcome: LookupOutcome;
}

export interface ScanDependencies {
  lookup(sha256: string): Promise<LookupOutcome>;
  /** Hashes one file, or throws FileReadError; `onHead` hears its first bytes early, when given. */
  hash(path: string | Buffer, onHead?: (head: Uint8Array) => void): Promise<FileHash>;
  /** Files handed to `hash` at once. */
  hashConcurrency: number;
  /** Reads the members of a hashed file that is an archive (null when it is none); absent: archives are judged whole. */
  openArchive?: (artifact: Artifact, head: Uint8Array, sha256: string | Promise<string>) => Promise<OpenedArchive | null>;
  /** Called once every file is hashed, with the number of unique hashes. */
  onHashingDone?: (uniqueHashes: number) => void;
}

export async function scanArtifacts(artifacts: readonly Artifact[], deps: ScanDependencies): Promise<ScannedArtifact[]> {
  const { hash, hashConcurrency } = deps;
  // One lookup per unique hash; identical files share its promise and so its verdict.
  const lookups = new Map<string, Promise<LookupOutcome>>();
  const lookup = (sha256: string) => {
    if (!lookups.has(sha256)) lookups.set(sha256, deps.lookup(sha256));
    return lookups.get(sha256)!;
  };
  const hashed = await mapConcurrent(artifacts, hashConcurrency, async (artifact): Promise<ScannedArtifact | Pending | Pending[]> => {
    if (artifact.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, artifact.special) };
    if (artifact.statError) return { artifact, sha256: null, outcome: fileError(`Could not read ${artifact.displayPath}: ${artifact.statError}.`) };
    let sha256: string;
    let head: Uint8Array | undefined;
    // A big archive is opened as soon as its first bytes are read, while a hashing thread hashes it whole.
    const { openArchive } = deps;
    let early: Promise<OpenedArchive | null> | undefined;
    const hashing: Promise<FileHash> = hash(
      artifact.rawPath ?? artifact.absolutePath,
      openArchive && artifact.size >= EARLY_OPEN_BYTES ? (first) => (early = openArchive(artifact, first, hashing.then((hashed) => hashed.sha256))) : undefined,
    );
    try {
      ({ sha256, head } = await hashing);
    } catch (error) {
      await early; // what it read is of no use without the file's hash
      if (!(error instanceof FileReadError)) throw error;
      if (error.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, error.special) };
      return { artifact, sha256: null, outcome: fileError(`Could not hash ${artifact.displayPath}: ${error.message}.`) };
    }
    const whole = { artifact, sha256, outcome: lookup(sha256) };
    // The outer archive is always looked up; its members follow it, each under the one-lookup-per-hash rule.
    const opened = early ? await early : head && openArchive ? await openArchive(artifact, head, sha256) : null;
    if (!opened) return whole;
    const members = opened.members.map(({ artifact: member, sha256: memberHash, error }) => ({
      artifact: member,
      sha256: memberHash,
      outcome: memberHash === null ? Promise.resolve(fileError(error ?? `${member.displayPath} was not read.`)) : lookup(memberHash),
    }));
    return [{ ...whole, artifact: opened.unscanned === null ? artifact : { ...artifact, unscanned: opened.unscanned } }, ...members];
  });
  deps.onHashingDone?.(lookups.size);
  return Promise.all(hashed.flat().map(async (entry) => ({ ...entry, outcome: await entry.outcome })));
}

/** Files this big are opened while they are hashed, not after: the two take about as long. */
const EARLY_OPEN_BYTES = 8 * 1024 * 1024;

/** A hashed artifact whose lookup may still be under way. */
type Pending = Omit<ScannedArtifact, 'outcome'> & { outcome: Promise<LookupOutcome> };

function notRegular(displayPath: string, type: string): LookupOutcome {
  return fileError(`${displayPath} is not a regular file but a ${type}; it was not read.`);
}

function fileError(message: string): LookupOutcome {
  return { kind: 'error', error: { kind: 'file', message } };
}
