// The pipeline, top to bottom: listing, hashes and lookups, verdicts. No runner, no environment:
// what it needs from outside comes in as ports, and what it found goes back as data.
import { openArchive, type ArchiveOptions } from './archives/walk.js';
import { Semaphore } from './concurrency.js';
import { HashPool } from './hashing.js';
import { findArtifacts, type ArtifactList, type Glob } from './listing.js';
import type { Inputs } from './options.js';
import { PROVIDERS } from './providers.js';
import { ReputationClient, type HttpTransportFactory } from './reputation/client.js';
import { Lookups, type LookupProgress } from './reputation/lookups.js';
import { scanArtifacts } from './scan.js';
import type { Judgement } from './types.js';
import { judge } from './verdict.js';
import { ACTION_NAME, ACTION_VERSION } from './version.js';

export type GateOptions = Pick<Inputs, 'patterns' | 'apiKey' | 'provider' | 'apiUrl' | 'policy' | 'requestsPerMinute' | 'concurrency' | 'maxRetries' | 'requestTimeoutMs'> & {
  /** Paths inside it are shown relative to it (and can carry annotations); the front door decides it. */
  workspace: string;
  /** Sent with every request; `artifact-reputation-gate/<version>` when not given. */
  userAgent?: string;
  /** How often `progress.lookups` hears where the lookups are; 30 s when not given. */
  progressIntervalMs?: number;
  /** Which archive members are judged, within which limits; absent: archives are judged as whole files. */
  archives?: ArchiveOptions;
};

/** What a long scan tells the front door before its lookups end. */
export interface HashingDone {
  uniqueHashes: number;
  requestsPerMinute: number;
  /** How long the lookups still take at the configured rate; 0 when pacing is off. */
  estimateMs: number;
}

/** Where a scan is, for a front door that must say how far it got (e.g. when it is cancelled). */
export interface GateSnapshot {
  stage: 'listing' | 'scanning' | 'judging';
  /** Artifacts listed (0 while listing). */
  artifacts: number;
  hashed: number;
  lookups: LookupProgress | null;
}

export interface GatePorts {
  /** Listing: expands the patterns (src/action/glob.ts over @actions/glob for the action). */
  glob: Glob;
  /** The service's HTTP (src/adapters/http.ts over @actions/http-client). */
  http: HttpTransportFactory;
  /** Timings for whoever debugs the gate. */
  log: { debug(message: string): void };
  /** Stage events, as data; the front door puts them into words (src/report/console.ts, progress.ts). */
  progress: {
    listed(list: ArtifactList): void;
    hashed(done: HashingDone): void;
    lookups(progress: LookupProgress): void;
    /** Called once at the start with a way to read where the scan is at any moment. */
    watch?(current: () => GateSnapshot): void;
  };
}

export interface GateResult {
  judgement: Judgement;
  /** Matched paths left out of the scan (broken links, links to directories not walked). */
  skipped: ArtifactList['skipped'];
}

/**
 * Archives read at once. Each holds at most a nested archive per level in memory (archive-max-nested-mib),
 * and its hashing runs on this thread beside the lookups: two keep both bounded.
 */
const ARCHIVES_AT_ONCE = 2;

/** How often a long scan says where it is: steady, not a line per request. */
const PROGRESS_INTERVAL_MS = 30_000;

export async function runGate(options: GateOptions, ports: GatePorts): Promise<GateResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const snapshot: GateSnapshot = { stage: 'listing', artifacts: 0, hashed: 0, lookups: null };
  let lookups: Lookups | null = null;
  ports.progress.watch?.(() => ({ ...snapshot, lookups: lookups?.progress() ?? null }));
  const listed = await findArtifacts(options.patterns, options.workspace, ports.glob);
  const { artifacts } = listed;
  ports.log.debug(`Listed ${artifacts.length} artifacts in ${elapsed()} ms.`);
  ports.progress.listed(listed);
  Object.assign(snapshot, { stage: 'scanning', artifacts: artifacts.length });

  const client = new ReputationClient(
    {
      apiUrl: options.apiUrl,
      apiKey: options.apiKey,
      userAgent: options.userAgent ?? `${ACTION_NAME}/${ACTION_VERSION}`,
      requestTimeoutMs: options.requestTimeoutMs,
    },
    ports.http,
  );
  const scheduler = new Lookups(client, {
    concurrency: options.concurrency,
    requestsPerWindow: options.requestsPerMinute,
    maxRetries: options.maxRetries,
    quotaHint: PROVIDERS[options.provider].quotaHint,
  });
  lookups = scheduler;
  const hashPool = new HashPool();
  const archiveSlots = new Semaphore(ARCHIVES_AT_ONCE);
  const { archives } = options;
  const ticker = setInterval(() => ports.progress.lookups(scheduler.progress()), options.progressIntervalMs ?? PROGRESS_INTERVAL_MS).unref();
  let scanned;
  try {
    scanned = await scanArtifacts(artifacts, {
      hash: (path, onHead) => hashPool.hash(path, onHead).finally(() => snapshot.hashed++),
      hashConcurrency: hashPool.capacity,
      lookup: (sha256) => scheduler.lookup(sha256),
      ...(archives && archives.members !== 'none' && { openArchive: (artifact, head, sha256) => archiveSlots.run(() => openArchive(artifact, head, sha256, archives)) }),
      // Hashing outruns paced lookups, so the count is known long before the wait ends.
      onHashingDone: (uniqueHashes) => {
        ports.log.debug(`Hashed ${artifacts.length} artifacts (${uniqueHashes} unique) at ${elapsed()} ms.`);
        ports.progress.hashed({ uniqueHashes, requestsPerMinute: options.requestsPerMinute, estimateMs: scheduler.estimateRemainingMs() });
      },
    });
  } finally {
    clearInterval(ticker);
    scheduler.stop('The scan stopped before this lookup.'); // nothing left to wait for, should the scan have failed
    await hashPool.close();
    client.dispose();
  }
  ports.log.debug(`Looked up every hash at ${elapsed()} ms.`);
  snapshot.stage = 'judging';
  return { judgement: judge(scanned, options.policy), skipped: listed.skipped };
}
