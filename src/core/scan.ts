// Stages 2 and 3 overlapped: hash the artifacts with bounded parallelism and look each unique hash up
// as soon as it is known, so lookups (often the slow part) start while hashing goes on.
import { mapConcurrent } from './concurrency.js';
import type { OpenedArchive } from './archives/walk.js';
import { FileReadError, type FileHash } from './hashing.js';
import { LookupQueue } from './lookup-queue.js';
import type { Artifact, LookupOutcome } from './types.js';

export interface ScannedArtifact {
  artifact: Artifact;
  sha256: string | null;
  outcome: ScanOutcome;
}

/** A lookup's outcome, or `unscanned`: an archive member that could not be read, so nothing was looked up (`artifact.unscanned` says why). */
export type ScanOutcome = LookupOutcome | { kind: 'unscanned' };

export interface ScanDependencies {
  /** Looks a SHA-256 up (or, for an artifact that is a hash, the hash as given). */
  lookup(hash: string): Promise<LookupOutcome>;
  /** Where unique hashes wait for `lookup`, served a few at a time; absent: each is looked up as soon as it is known. */
  lookups?: LookupQueue<LookupOutcome>;
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
  // One lookup per unique hash; identical files share its outcome.
  const lookups = deps.lookups ?? new LookupQueue(deps.lookup, Infinity);
  const lookUp = (sha256: string) => lookups.add(sha256);
  const hashed = await mapConcurrent(artifacts, hashConcurrency, async (artifact): Promise<ScannedArtifact | Hashed | Hashed[]> => {
    if (artifact.hash) return lookUpHash(artifact, artifact.hash, lookups);
    if (artifact.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, artifact.special) };
    if (artifact.statError) return { artifact, sha256: null, outcome: fileError(`Could not read ${artifact.displayPath}: ${artifact.statError}.`) };
    let sha256: string;
    let head: Uint8Array | undefined;
    // A big archive is opened as soon as its first bytes are read, while a hashing thread hashes it whole.
    const { openArchive } = deps;
    let early: Promise<OpenedArchive | null> | undefined;
    const hashing: Promise<FileHash> = hash(
      artifact.rawPath ?? artifact.absolutePath,
      openArchive && artifact.size >= EARLY_OPEN_BYTES
        ? (first) =>
            (early = openArchive(
              artifact,
              first,
              hashing.then((hashed) => hashed.sha256),
            ))
        : undefined,
    );
    try {
      // The size read is the size judged (listing by directory entries does not stat files).
      ({ sha256, head, size: artifact.size } = await hashing);
    } catch (error) {
      await early; // what it read is of no use without the file's hash
      if (!(error instanceof FileReadError)) throw error;
      if (error.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, error.special) };
      return { artifact, sha256: null, outcome: fileError(`Could not hash ${artifact.displayPath}: ${error.message}.`) };
    }
    lookUp(sha256);
    const whole: Hashed = { artifact, sha256, outcome: null };
    // The outer archive is always looked up; its members follow it, each under the one-lookup-per-hash rule.
    const opened = early ? await early : head && openArchive ? await openArchive(artifact, head, sha256) : null;
    if (!opened) return whole;
    const members = opened.members.map(({ artifact: member, sha256: memberHash }): Hashed => {
      if (memberHash === null) return { artifact: member, sha256: null, outcome: { kind: 'unscanned' } };
      lookUp(memberHash);
      return { artifact: member, sha256: memberHash, outcome: null };
    });
    return [{ ...whole, artifact: opened.unscanned === null ? artifact : { ...artifact, unscanned: opened.unscanned } }, ...members];
  });
  deps.onHashingDone?.(lookups.size);
  // Outcomes by hash, then filled in place: no pending call or new record per artifact.
  const outcomes = await lookups.settled();
  const entries = hashed.flat();
  for (const entry of entries) {
    if (entry.outcome !== null) continue;
    entry.outcome = outcomes.get(entry.artifact.hash?.value ?? entry.sha256!)!;
    // A hash looked up by MD5 or SHA-1 gets its SHA-256 from the report, which proved it answers that hash.
    if (entry.sha256 === null && entry.outcome.kind === 'found') entry.sha256 = entry.outcome.report.sha256;
  }
  return entries as ScannedArtifact[];
}

/** A subject that is a hash: nothing to read, looked up as given (once, however often it is listed). */
function lookUpHash(artifact: Artifact, { kind, value }: NonNullable<Artifact['hash']>, lookups: LookupQueue<LookupOutcome>): Hashed {
  lookups.add(value);
  return { artifact, sha256: kind === 'sha256' ? value : null, outcome: null };
}

/** Files this big are opened while they are hashed, not after: the two take about as long. */
const EARLY_OPEN_BYTES = 8 * 1024 * 1024;

/** A hashed artifact whose lookup may still be under way. */
type Hashed = Omit<ScannedArtifact, 'outcome'> & { outcome: ScanOutcome | null };

function notRegular(displayPath: string, type: string): LookupOutcome {
  return fileError(`${displayPath} is not a regular file but a ${type}; it was not read.`);
}

function fileError(message: string): LookupOutcome {
  return { kind: 'error', error: { kind: 'file', message } };
}
