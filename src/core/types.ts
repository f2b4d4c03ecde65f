// Domain types shared by the pipeline stages. Plain data only: no behaviour, no I/O.

export type Provider = 'virustotal' | 'reversinglabs';
export type UnknownPolicy = 'pass' | 'warn' | 'fail';
export type ErrorPolicy = 'warn' | 'fail';
export type NoFilesPolicy = 'warn' | 'error' | 'ignore';
/** The hashes a file-report service is asked by. */
export type HashKind = 'md5' | 'sha1' | 'sha256';

/** What decides an artifact's verdict; recorded in the JSON report beside the verdicts. */
export interface Policy {
  maxMalicious: number;
  /** When set, an artifact also fails when its (counted) suspicious detections exceed it. */
  maxSuspicious: number | null;
  /** Fewer engines with a verdict than this makes a report `unanalysed`, judged like an unknown. */
  minEngines: number;
  /** When set, a report last analysed longer ago than this gets a staleness warning. */
  maxReportAgeDays: number | null;
  /** Engines whose verdicts do not count toward the thresholds, lower-cased. */
  ignoreEngines: string[];
  /** Known-good artifacts: SHA-256 (lower-case) to the reason it is allowed. */
  allow: Record<string, string>;
  /** Where each allowed hash's entry was written and when it stops allowing; a hash without one allows for good. */
  allowEntries: Record<string, AllowEntry>;
  /** Engines (lower-cased) whose malicious verdict fails an artifact, whatever the thresholds say. */
  failEngines: string[];
  /** When set, an artifact with more counted malicious detections than this (and not more than maxMalicious) is `flagged`. */
  warnMalicious: number | null;
  /** When set, an artifact also fails when its counted malicious detections exceed this share (in %) of the engines that gave a verdict. */
  maxMaliciousPercent: number | null;
  /** Known-good URLs (allow lines that name a URL): the URL as given to the reason. */
  allowUrls?: Record<string, string>;
  /** Where each allowed URL's line was written and when it stops allowing, as `allowEntries` for hashes. */
  allowUrlEntries?: Record<string, AllowEntry>;
  onUnknown: UnknownPolicy;
  onError: ErrorPolicy;
  ifNoFilesFound: NoFilesPolicy;
}

/** One line of `allow` or `allow-file`: where it is, and the day (UTC, YYYY-MM-DD) from which it no longer allows. */
export interface AllowEntry {
  /** `allow`, or `allow-file (path as given)`. */
  source: string;
  line: number;
  /** For `allow-file` inside the workspace: the file, workspace-relative, so an annotation can point at the line. */
  file: string | null;
  expires: string | null;
}

/**
 * An allow entry whose `expires` day has come: it no longer allows, and a warning says so. It names
 * a hash (`sha256`) or a URL (`url`: masked, as every report shows a URL, never as given).
 */
export type ExpiredAllow = AllowEntry & { reason: string; expires: string } & ({ sha256: string; url?: never } | { url: string; sha256?: never });

/**
 * The rule that decided an artifact's status, in the order the rules apply (README "Rule order"):
 * the first one that applies decides. `within-thresholds` is a report no rule failed or flagged.
 */
export type DecisionRule =
  'allow' | 'fail-engines' | 'max-malicious' | 'max-malicious-percent' | 'max-suspicious' | 'min-engines' | 'warn-malicious' | 'within-thresholds' | 'on-unknown' | 'on-error' | 'unusable-service';

export interface Decision {
  rule: DecisionRule;
  /** For `fail-engines`: the listed engines that said malicious, as the service spells them. */
  engines?: string[];
  /** Set when the hash's allow entry has expired: why it was not `allow` that decided. */
  expiredAllow?: ExpiredAllow;
}

/** A file matched by the `files` patterns. */
export interface Artifact {
  /** Absolute path on the runner; for a name that is not valid UTF-8, with those bytes shown as `\xNN`. */
  absolutePath: string;
  /** The exact bytes of a path that is not valid UTF-8: what is examined and hashed instead of absolutePath. */
  rawPath?: Buffer;
  /** Path relative to GITHUB_WORKSPACE with forward slashes, or the absolute path when outside it. */
  displayPath: string;
  /** Whether displayPath is inside the workspace (only then can an annotation point at it). */
  inWorkspace: boolean;
  /** Bytes, as hashed; 0 for a path that was not read (the listing may not know it before). */
  size: number;
  /** Set for a matched path that is not a regular file (a FIFO, socket or device): judged as an error, never read. */
  special?: string;
  /** Set when the path could not even be examined after globbing (gone, permission denied): an error. */
  statError?: string;
  /**
   * Set when the subject is a hash to check (from a hash list), not a file: it is looked up as given and
   * never read; displayPath is the hash, absolutePath is empty, size is 0.
   */
  hash?: { kind: HashKind; value: string };
  /** Set for a member of an archive: where it sits. displayPath then reads `dist/app.zip!/lib/a.jar!/x.so`. */
  member?: ArchiveMemberOf;
  /**
   * Why it was not scanned fully, as a clause after its path: an archive not opened fully (a zip bomb,
   * corrupt, too deep), a member not read (encrypted, a bomb) or one whose name leads out of its
   * archive. Status `unscanned`, judged by on-error, unless its own hash already fails it.
   */
  unscanned?: string;
}

/** A member's container chain: the outer file's displayPath, then each member name down to it. */
export interface ArchiveMemberOf {
  chain: string[];
}

/** The counts of `last_analysis_stats`; fields the service omitted read as 0. */
export interface AnalysisStats {
  malicious: number;
  suspicious: number;
  undetected: number;
  harmless: number;
  timeout: number;
  failure: number;
  typeUnsupported: number;
}

/** One engine's verdict that flagged the file (category malicious or suspicious). */
export interface EngineDetection {
  engine: string;
  category: string;
  result: string | null;
  version: string | null;
}

/** The validated part of a VirusTotal v3 file report that the gate uses. */
export interface FileReport {
  sha256: string;
  stats: AnalysisStats;
  /** Engines asked, the denominator of "54/79": the sum of every stats category. */
  engineCount: number;
  /** Engines that flag the file, each named once (an engine listed twice counts once). */
  detections: EngineDetection[];
  /** Set when the stats count fewer detections than the engines listed say: the engines are counted. */
  contradiction?: string;
  /** Most frequent threat names, most common first. */
  threatNames: string[];
  suggestedThreatLabel: string | null;
  firstSeen: Date | null;
  lastAnalysed: Date | null;
}

/** Why a lookup could not produce a report. `auth` stops the scan; `quota` and `transient` may be retried. */
export type LookupErrorKind = 'auth' | 'quota' | 'transient' | 'protocol' | 'file';

export interface LookupError {
  kind: LookupErrorKind;
  message: string;
  /** HTTP status, when the service answered. */
  status?: number;
  /** The service's Retry-After, in milliseconds, when it sent one with a 429 or 503. */
  retryAfterMs?: number;
  /** Set when this error ended the whole scan: every lookup not yet done carries it, and it is said once. */
  scanStopped?: boolean;
  /** Set when nothing was checked as configured (a refused key, an api-url that serves no file reports): it fails whatever on-error says. */
  alwaysFails?: boolean;
}

export type LookupOutcome =
  | { kind: 'found'; report: FileReport; submission?: Submission; cachedAt?: Date }
  | { kind: 'unknown'; submission?: Submission; cachedAt?: Date }
  /** Uploaded, and its analysis did not complete within `analysis-timeout-minutes`: judged like an unknown. */
  | { kind: 'pending'; submission: Submission }
  | { kind: 'error'; error: LookupError };
// `cachedAt`: set when the answer was reused from the verdict cache (src/core/verdict-cache.ts), when the service gave it.

/** What came of offering an unknown file for analysis (`upload-unknown: true`). */
export interface Submission {
  /**
   * `analysed`: uploaded, and judged by its completed analysis ("analysed now"); `pending`: uploaded,
   * the analysis did not complete in time; `not-uploaded`: left unknown, `reason` says why.
   */
  state: 'analysed' | 'pending' | 'not-uploaded';
  /** The service's analysis id, once uploaded. */
  analysisId: string | null;
  /** Why a file was not uploaded (excluded by `upload-files`, too large, refused), or null. */
  reason: string | null;
}

/** An artifact's status after the policy judged it. */
export type ArtifactStatus = 'malicious' | 'suspicious' | 'error' | 'unscanned' | 'flagged' | 'unanalysed' | 'pending' | 'unknown' | 'allowed' | 'clean';

/** What the status means for the job: fail it, warn, or nothing. */
export type Consequence = 'fail' | 'warn' | 'pass';

export interface ArtifactResult {
  artifact: Artifact;
  /** Absent only when the file could not be hashed. */
  sha256: string | null;
  status: ArtifactStatus;
  consequence: Consequence;
  report: FileReport | null;
  error: LookupError | null;
  /** Detections that count toward the thresholds, once ignored engines are left out. */
  counted: { malicious: number; suspicious: number } | null;
  /** For `allowed`: the reason, and the status the artifact would have had otherwise. */
  allowed: { reason: string; otherwise: ArtifactStatus } | null;
  /** Which rule decided the status (src/report/decision.ts puts it into words for every report). */
  decidedBy: Decision;
  /** Days since the last analysis, when that is more than max-report-age-days. */
  staleDays: number | null;
  /** Set when the file was offered for analysis (upload-unknown): uploaded and analysed, pending, or why not. */
  submission?: Submission;
  /** When the answer judged was fetched, if it came from the verdict cache; absent for a fresh answer. */
  cachedAt?: Date;
  /**
   * Set on an archive holding members that fail the gate: it fails with them (`consequence` is then
   * `fail`), while status and decidedBy stay its own hash's verdict. Member paths in listing order.
   */
  failingMembers?: { paths: string[]; ownConsequence: Consequence };
}

/** The judged scan: every artifact's verdict, the counts, and whether the gate passes. */
export interface Judgement {
  result: 'pass' | 'fail';
  results: ArtifactResult[];
  /** `uploaded`: artifacts whose file was uploaded for analysis in this run (analysed now or pending). */
  counts: Record<ArtifactStatus, number> & { scanned: number; uniqueHashes: number; stale: number; uploaded: number };
  /** Allow entries whose `expires` day has come, whether or not an artifact of this scan has the hash. */
  expiredAllows: ExpiredAllow[];
  /** The URLs checked (`urls`, `urls-file`), judged by the same policy; absent when none were given. */
  urls?: UrlResult[];
  /** Set when no `files` were given, only URLs: no artifact was asked for, so none is missing. */
  urlsOnly?: boolean;
}

/** A judgement with the line that says why the gate failed (src/report/failure.ts); what the reports render. */
export interface ScanSummary extends Judgement {
  /** One line that says why the gate failed; empty when it passed. */
  failureMessage: string;
}

/** An address given in `urls` or `urls-file`: its own kind of item, looked up by `GET {api-url}/urls/{id}`. */
export interface UrlItem {
  /** The URL exactly as given (trimmed): what is looked up. May hold secrets; never shown as is. */
  url: string;
  /** For people and reports: credentials never reach here, query and fragment values are masked. */
  display: string;
  /** Where it was given: `urls` (the input) or `urls-file` (workspace-relative `file`), and the line. */
  source: { input: 'urls' | 'urls-file'; line: number; file?: string };
}

/** The validated part of a VirusTotal v3 URL report: the file report's analysis, for a URL. */
export interface UrlReport extends Omit<FileReport, 'sha256' | 'suggestedThreatLabel'> {
  /** `data.id`: the SHA-256 of the URL as the service canonicalised it (its report page's id). */
  id: string;
  /** Partners' categories of the site (`categories`), e.g. `{ "Sophos": "phishing" }`. */
  categories: Record<string, string>;
}

/** `cachedAt`: set when the answer was reused from the verdict cache, when the service gave it. */
export type UrlLookupOutcome = { kind: 'found'; report: UrlReport; cachedAt?: Date } | { kind: 'unknown'; cachedAt?: Date } | { kind: 'error'; error: LookupError };

/** A URL's verdict: the same statuses and consequences as an artifact's, from the same policy. */
export type UrlResult = Omit<ArtifactResult, 'artifact' | 'sha256' | 'report'> & { item: UrlItem; report: UrlReport | null };
