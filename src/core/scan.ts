// Stages 2 and 3 overlapped: hash the artifacts with bounded parallelism and look each unique hash up
// as soon as it is known, so lookups (often the slow part) start while hashing goes on.
import { mapConcurrent } from './concurrency.js';
import { FileReadError, type FileHash } from './hashing.js';
import type { Artifact, LookupOutcome } from './types.js';

export interface ScannedArtifact {
  artifact: Artifact;
  sha256: string | null;
  outcome: LookupOutcome;
}

export interface ScanDependencies {
  /** Looks a SHA-256 up (or, for an artifact that is a hash, the hash as given). */
  lookup(hash: string): Promise<LookupOutcome>;
  /** Hashes one file, or throws FileReadError. */
  hash(path: string | Buffer): Promise<FileHash>;
  /** Files handed to `hash` at once. */
  hashConcurrency: number;
  /** Called once every file is hashed, with the number of unique hashes. */
  onHashingDone?: (uniqueHashes: number) => void;
}

export async function scanArtifacts(artifacts: readonly Artifact[], deps: ScanDependencies): Promise<ScannedArtifact[]> {
  const { hash, hashConcurrency } = deps;
  // One lookup per unique hash; identical files share its promise and so its verdict.
  const lookups = new Map<string, Promise<LookupOutcome>>();
  const hashed = await mapConcurrent(artifacts, hashConcurrency, async (artifact): Promise<ScannedArtifact | Pending> => {
    if (artifact.hash) return lookUpHash(artifact, artifact.hash, lookups, deps);
    if (artifact.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, artifact.special) };
    if (artifact.statError) return { artifact, sha256: null, outcome: fileError(`Could not read ${artifact.displayPath}: ${artifact.statError}.`) };
    let sha256: string;
    try {
      // The size read is the size judged (listing by directory entries does not stat files).
      ({ sha256, size: artifact.size } = await hash(artifact.rawPath ?? artifact.absolutePath));
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      if (error.special) return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, error.special) };
      return { artifact, sha256: null, outcome: fileError(`Could not hash ${artifact.displayPath}: ${error.message}.`) };
    }
    if (!lookups.has(sha256)) lookups.set(sha256, deps.lookup(sha256));
    return { artifact, sha256, outcome: lookups.get(sha256)! };
  });
  deps.onHashingDone?.(lookups.size);
  return Promise.all(
    hashed.map(async (entry) => {
      const outcome = await entry.outcome;
      // A hash looked up by MD5 or SHA-1 gets its SHA-256 from the report, which proved it answers that hash.
      return { ...entry, sha256: entry.sha256 ?? (outcome.kind === 'found' ? outcome.report.sha256 : null), outcome };
    }),
  );
}

/** A subject that is a hash: nothing to read, looked up as given (once, however often it is listed). */
function lookUpHash(artifact: Artifact, { kind, value }: NonNullable<Artifact['hash']>, lookups: Map<string, Promise<LookupOutcome>>, deps: ScanDependencies): Pending {
  if (!lookups.has(value)) lookups.set(value, deps.lookup(value));
  return { artifact, sha256: kind === 'sha256' ? value : null, outcome: lookups.get(value)! };
}

/** A hashed artifact whose lookup may still be under way. */
type Pending = Omit<ScannedArtifact, 'outcome'> & { outcome: Promise<LookupOutcome> };

function notRegular(displayPath: string, type: string): LookupOutcome {
  return fileError(`${displayPath} is not a regular file but a ${type}; it was not read.`);
}

function fileError(message: string): LookupOutcome {
  return { kind: 'error', error: { kind: 'file', message } };
}
