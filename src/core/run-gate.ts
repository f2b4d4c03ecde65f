// The pipeline, top to bottom: listing, hashes and lookups, verdicts. No runner, no environment:
// what it needs from outside comes in as ports, and what it found goes back as data.
import { openArchive, type ArchiveOptions } from './archives/walk.js';
import { Semaphore } from './concurrency.js';
import { HashPool } from './hashing.js';
import { LookupQueue } from './lookup-queue.js';
import { findArtifacts, type ArtifactList, type Glob } from './listing.js';
import type { Inputs } from './options.js';
import { PROVIDERS } from './providers.js';
import { ReputationClient, type HttpTransportFactory } from './reputation/client.js';
import { Lookups, type LookupProgress } from './reputation/lookups.js';
import { Analyses, type AnalysisOptions } from './reputation/analyses.js';
import { UploadClient } from './reputation/uploads.js';
import { scanArtifacts } from './scan.js';
import { hashSubjects } from './subjects.js';
import type { Artifact, HashKind, Judgement, LookupOutcome, UrlItem, UrlLookupOutcome } from './types.js';
import { recordMembers, uploadSources } from './upload-files.js';
import { judge, judgeUrl, withUrls } from './verdict.js';
import { rootPatterns } from './workspace.js';
import { cacheScope, VerdictCache, type CachedAnswer, type CacheOptions, type CacheUse, type VerdictCacheLog, type VerdictCacheStore } from './verdict-cache.js';
import { ACTION_NAME, ACTION_VERSION } from './version.js';

export type GateOptions = Pick<Inputs, 'patterns' | 'apiKey' | 'provider' | 'apiUrl' | 'policy' | 'requestsPerMinute' | 'concurrency' | 'maxRetries' | 'requestTimeoutMs'> & {
  /** Paths inside it are shown relative to it (and can carry annotations); the front door decides it. */
  workspace: string;
  /** Sent with every request; `artifact-reputation-gate/<version>` when not given. */
  userAgent?: string;
  /** How often `progress.lookups` hears where the lookups are; 30 s when not given. */
  progressIntervalMs?: number;
} & Partial<Pick<Inputs, 'uploadUnknown' | 'uploadPatterns' | 'analysisTimeoutMs'>> & {
    /** Poll timings and size limits of uploads; shortened only in tests. */
    analysisTimings?: Omit<AnalysisOptions, 'timeoutMs'>;
    /** When given, these hashes are checked instead of files: nothing is listed or read (`patterns` is not used). */
    hashes?: readonly { hash: string; kind: HashKind }[];
    /** Reuse answers kept by earlier runs; needs `ports.cache`. Null or absent: every hash is looked up. */
    cache?: CacheOptions | null;
    /** Which archive members are judged, within which limits; absent: archives are judged as whole files. */
    archives?: ArchiveOptions;
    /** URLs to look up beside the artifacts (`urls`, `urls-file`), through the same scheduler. */
    urls?: UrlItem[];
  };

/** What a long scan tells the front door before its lookups end. */
export interface HashingDone {
  /** Unique hashes to ask the service: all of them, less those the verdict cache answers. */
  uniqueHashes: number;
  /** URLs to ask beside the hashes, less those the verdict cache answers (they count in the estimate too). */
  urls?: number;
  requestsPerMinute: number;
  /** How long the lookups still take at the configured rate; 0 when pacing is off. */
  estimateMs: number;
  /** With upload-unknown: the requests one upload may add (the upload, its polls, a re-read), in the same quota. */
  requestsPerUpload?: number;
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
  /** Listing: expands the patterns (walkingGlob in src/core/walk.ts for both front doors). */
  glob: Glob;
  /** The service's HTTP (src/adapters/http.ts: HTTP/1.1 on node:net and node:tls). */
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
  /** Where answers are kept between runs, and where its warnings go; without it nothing is cached. */
  cache?: { store: VerdictCacheStore; log: VerdictCacheLog };
}

export interface GateResult {
  judgement: Judgement;
  /** Matched paths left out of the scan (broken links, links to directories not walked). */
  skipped: ArtifactList['skipped'];
  /** How the verdict cache served this run; null when it was off. */
  cache: CacheUse | null;
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
  let queue: LookupQueue<LookupOutcome> | null = null;
  ports.progress.watch?.(() => ({ ...snapshot, lookups: lookups?.progress(queue?.queued) ?? null }));
  const verdictCache = options.cache && ports.cache ? new VerdictCache(cacheScope(options.provider, options.apiUrl), options.cache, ports.cache.store, ports.cache.log) : null;
  // Relative patterns are rooted at the workspace, as every other path the user gives.
  // No `files` (a URL-only run): nothing is listed, and no file missing is a finding.
  const urlsOnly = !options.hashes && options.patterns.trim() === '';
  const listed = options.hashes
    ? hashSubjects(options.hashes)
    : urlsOnly
      ? { artifacts: [], skipped: [] }
      : await findArtifacts(rootPatterns(options.patterns, options.workspace), options.workspace, ports.glob);
  const { artifacts } = listed;
  ports.log.debug(`Listed ${artifacts.length} artifacts in ${elapsed()} ms.`);
  // Restored while the files are hashed; the first lookup waits for it. With nothing to look up it is
  // not restored at all: a run that matched nothing then starts without the cache library.
  const cacheLoaded = verdictCache && (artifacts.length > 0 || (options.urls?.length ?? 0) > 0) ? verdictCache.load() : Promise.resolve();
  ports.progress.listed(listed);
  Object.assign(snapshot, { stage: 'scanning', artifacts: artifacts.length, hashed: artifacts.filter((artifact) => artifact.hash).length });

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
  // Uploads only when asked for; which files may go is decided once every file is hashed, so a copy
  // outside `upload-files` keeps its content private even when another copy is inside.
  const hashedPaths = new Map<string | Buffer, string>();
  let hashingDone: () => void = () => {};
  const allHashed = new Promise<void>((resolve) => (hashingDone = resolve));
  const memberCopies = new Map<string, Artifact[]>();
  const sourceFor = uploadSources(artifacts, hashedPaths, memberCopies, allHashed, options.uploadPatterns ?? '**', ports.glob);
  const analyses = options.uploadUnknown
    ? new Analyses(scheduler, new UploadClient(client, options.requestTimeoutMs), { timeoutMs: options.analysisTimeoutMs ?? 600_000, ...options.analysisTimings })
    : null;
  const lookupOrUpload = async (sha256: string): Promise<LookupOutcome> => {
    const outcome = await scheduler.lookup(sha256);
    if (analyses === null || outcome.kind !== 'unknown') return outcome;
    const source = await sourceFor(sha256);
    return 'excluded' in source ? { kind: 'unknown', submission: { state: 'not-uploaded', analysisId: null, reason: source.excluded } } : analyses.analyse(sha256, source);
  };
  // The cache answers before the scheduler is asked. With uploads on, a cached "never seen" is asked
  // again, so the cache never keeps a file from its upload; an analysed report is kept like a found one.
  const reusable: CachedAnswer['kind'][] = analyses === null ? ['found', 'unknown'] : ['found'];
  const cachedOrFresh = async (sha256: string): Promise<LookupOutcome> => {
    if (!verdictCache) return lookupOrUpload(sha256);
    await cacheLoaded;
    const reused = verdictCache.reuse(sha256, new Date(), reusable);
    if (reused) return reused;
    const outcome = await lookupOrUpload(sha256);
    verdictCache.record(sha256, outcome);
    return outcome;
  };
  // As many hashes are looked up at once as the scheduler has slots; the rest wait as bare strings. An
  // upload waits minutes for its analysis outside any slot, so with uploads each hash goes at once, as it may.
  queue = new LookupQueue(cachedOrFresh, analyses === null ? options.concurrency : Infinity);
  const archiveSlots = new Semaphore(ARCHIVES_AT_ONCE);
  const { archives } = options;
  const ticker = setInterval(() => ports.progress.lookups(scheduler.progress(queue.queued)), options.progressIntervalMs ?? PROGRESS_INTERVAL_MS).unref();
  let scanned;
  let urlOutcomes;
  const urls = options.urls ?? [];
  // As for hashes, the cache answers before the scheduler is asked, under the same freshness rules.
  const cachedOrFreshUrl = async (item: UrlItem): Promise<UrlLookupOutcome> => {
    if (!verdictCache) return scheduler.lookupUrl(item);
    await cacheLoaded;
    const reused = verdictCache.reuseUrl(item.url, new Date());
    if (reused) return reused;
    const outcome = await scheduler.lookupUrl(item);
    verdictCache.recordUrl(item.url, outcome);
    return outcome;
  };
  // Started first: they share the window with the hashes, and need no hashing.
  const urlLookups = Promise.all(urls.map(cachedOrFreshUrl));
  try {
    scanned = await scanArtifacts(artifacts, {
      hash: (path, onHead) =>
        hashPool
          .hash(path, onHead)
          .then((hashed) => (analyses && hashedPaths.set(path, hashed.sha256), hashed)) // kept only for uploads: a map entry per file otherwise
          .finally(() => snapshot.hashed++),
      hashConcurrency: hashPool.capacity,
      lookup: cachedOrFresh,
      lookups: queue,
      ...(archives &&
        archives.members !== 'none' && {
          openArchive: (artifact, head, sha256) =>
            archiveSlots.run(() => openArchive(artifact, head, sha256, archives)).then((opened) => (opened && recordMembers(memberCopies, opened.members), opened)),
        }),
      // Hashing outruns paced lookups, so the count is known long before the wait ends.
      onHashingDone: (uniqueHashes) => {
        hashingDone();
        ports.log.debug(`Hashed ${artifacts.length} artifacts (${uniqueHashes} unique; ${hashPool.hashedHere} on the main thread while the hashing threads started) at ${elapsed()} ms.`);
        const estimate = (toLookUp: number, urlsToLookUp: number) =>
          ports.progress.hashed({
            uniqueHashes: toLookUp,
            ...(urlsToLookUp > 0 && { urls: urlsToLookUp }),
            requestsPerMinute: options.requestsPerMinute,
            estimateMs: scheduler.estimateRemainingMs(queue.queued),
            ...(analyses && { requestsPerUpload: analyses.requestsPerUpload }),
          });
        if (!verdictCache) return estimate(uniqueHashes, urls.length);
        // Only what the cache cannot answer is asked: known once it is restored, when the hashes still queued are answered from it.
        void cacheLoaded.then(() => {
          queue.answerWaiting((sha256) => verdictCache.reuse(sha256, new Date(), reusable));
          const use = verdictCache.use();
          estimate(uniqueHashes - use.reused, urls.length - (use.urls?.reused ?? 0));
        });
      },
    });
    urlOutcomes = await urlLookups;
  } finally {
    queue.clear(); // the outcomes are in `scanned` now; the progress watcher outlives the scan
    clearInterval(ticker);
    scheduler.stop('The scan stopped before this lookup.'); // nothing left to wait for, should the scan have failed
    hashPool.close();
    client.dispose();
  }
  ports.log.debug(`Looked up every hash at ${elapsed()} ms.`);
  snapshot.stage = 'judging';
  const now = new Date();
  const judgement = withUrls(
    judge(scanned, options.policy, now, urlsOnly),
    urls.map((item, index) => judgeUrl(item, urlOutcomes[index]!, options.policy, now)),
  );
  if (verdictCache) {
    await cacheLoaded; // also when no hash was looked up, so a failed restore is still said
    await verdictCache.save();
    ports.log.debug(`Saved the verdict cache at ${elapsed()} ms.`);
  }
  return { judgement, skipped: listed.skipped, cache: verdictCache?.use() ?? null };
}
