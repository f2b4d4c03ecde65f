// The command line's flags. Every action input has a flag of the same name, default and description
// (test/unit/flags.test.ts holds them to action.yml), read through the same parseInputs as the action,
// so the same values are accepted with the same messages. The API key never comes from a flag.
import { parseArgs } from 'node:util';
import type { InputReader } from '../core/options.js';
import type { Provider } from '../core/types.js';
import { ACTION_NAME } from '../core/version.js';

export type FlagGroup = 'What to check' | 'Service' | 'Policy' | 'Reports' | 'Output';

export interface FlagSpec {
  /** The long name, without `--`; for an action input, the input's name. */
  name: string;
  /** `input`: an action input, read by parseInputs; `cli`: the command line's own. */
  kind: 'input' | 'cli';
  type: 'string' | 'boolean';
  /** What the value is, in --help. */
  value?: string;
  /** For an input, its action.yml default; '' for none. */
  default: string;
  description: string;
  group: FlagGroup;
  /** May be given more than once; the values are read as lines (list inputs). */
  multiple?: boolean;
  short?: string;
}

/** The environment variable that holds the key, by provider. */
export const API_KEY_ENV: Record<Provider, string> = { virustotal: 'VT_API_KEY', reversinglabs: 'RL_API_KEY' };

export const FLAGS: readonly FlagSpec[] = [
  {
    name: 'hashes',
    kind: 'cli',
    type: 'string',
    value: 'FILE|-',
    default: '',
    group: 'What to check',
    description: 'Check the MD5, SHA-1 or SHA-256 hashes listed in FILE (`-` for standard input) instead of files: one a line, `#` starts a comment, blank lines are ignored.',
  },
  {
    name: 'urls',
    kind: 'cli',
    type: 'string',
    value: 'FILE|-',
    default: '',
    group: 'What to check',
    description:
      "Also check the URLs listed in FILE (`-` for standard input): one a line, `#` starts a comment; http:// or https:// only. The same list as the action's `urls` input, judged by the same policy.",
  },
  {
    name: 'urls-file',
    kind: 'input',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'What to check',
    description: 'The same list as `urls`, read from a file in the repository (path relative to the workspace).',
  },
  {
    name: 'if-no-files-found',
    kind: 'input',
    type: 'string',
    value: 'WHAT',
    default: 'warn',
    group: 'What to check',
    description: 'What happens when the patterns match no file: `warn`, `error` or `ignore`.',
  },
  {
    name: 'archive-members',
    kind: 'input',
    type: 'string',
    value: 'WHAT',
    default: 'binaries',
    group: 'What to check',
    description:
      'Which files inside archives (zip, jar, apk, whl, nupkg, tar, tar.gz, tar.zst, deb\u2026) are looked up besides the archive itself: `binaries` (native executables and libraries, PE, ELF or Mach-O, plus nested archives), `all` or `none` (archives judged as whole files only).',
  },
  {
    name: 'archive-max-depth',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '3',
    group: 'What to check',
    description: 'Archives inside archives opened, the outer one counting as 1 (1 to 32); a deeper one is judged by its own hash and reported as not opened.',
  },
  {
    name: 'archive-max-members',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '10000',
    group: 'What to check',
    description: 'Members read per archive; an archive with more is reported as not opened fully.',
  },
  {
    name: 'archive-max-member-mib',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '2048',
    group: 'What to check',
    description: 'MiB one member may expand to; a larger one is reported as not read.',
  },
  {
    name: 'archive-max-total-mib',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '8192',
    group: 'What to check',
    description: 'MiB read from inside one artifact, every level together; past it the archive is reported as not opened fully.',
  },
  {
    name: 'archive-max-ratio',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '200',
    group: 'What to check',
    description: 'How many times its compressed size a member may expand (counted past 1 MiB); more is taken for a compression bomb and not read.',
  },
  {
    name: 'archive-max-nested-mib',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '64',
    group: 'What to check',
    description: 'MiB a nested archive is held in memory to be opened (a zip needs random access; 1 to 4095); a larger one is judged by its own hash and reported as not opened.',
  },
  {
    name: 'provider',
    kind: 'input',
    type: 'string',
    value: 'NAME',
    default: 'virustotal',
    group: 'Service',
    description: '`virustotal` or `reversinglabs`: picks the default `api-url` and the report links.',
  },
  {
    name: 'api-key-file',
    kind: 'cli',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'Service',
    description: 'Read the API key from FILE. Without it the key comes from VT_API_KEY (virustotal) or RL_API_KEY (reversinglabs); never from a flag, which the process list would show.',
  },
  {
    name: 'api-url',
    kind: 'input',
    type: 'string',
    value: 'URL',
    default: '',
    group: 'Service',
    description: "Base URL of a VirusTotal v3 compatible API. Empty means the provider's (https://www.virustotal.com/api/v3 or https://data.reversinglabs.com/api/v3).",
  },
  {
    name: 'requests-per-minute',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '',
    group: 'Service',
    description: "At most this many requests in any 60-second window, retries included. Empty means the provider's default: 4 for `virustotal`, 0 for `reversinglabs`. 0 turns pacing off.",
  },
  { name: 'concurrency', kind: 'input', type: 'string', value: 'N', default: '4', group: 'Service', description: 'Lookups in flight at once (1 to 256).' },
  {
    name: 'max-retries',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '5',
    group: 'Service',
    description: 'Retries of one lookup after a transient failure or a 429, before it counts as an error (0 to 100).',
  },
  {
    name: 'request-timeout-seconds',
    kind: 'input',
    type: 'string',
    value: 'S',
    default: '30',
    group: 'Service',
    description: "One request's limit in seconds (0.001 to 3600), connect to last byte; a request cut by it is retried.",
  },
  {
    name: 'cache',
    kind: 'input',
    type: 'string',
    value: 'BOOL',
    default: 'true',
    group: 'Service',
    description: "Keep the service's answers in the GitHub Actions cache and reuse them in later runs (`true` or `false`). Every reuse is judged again by the current policy.",
  },
  {
    name: 'cache-max-age-hours',
    kind: 'input',
    type: 'string',
    value: 'H',
    default: '24',
    group: 'Service',
    description: 'Reuse a found report for at most this many hours after it was fetched (0 to 720; 0 never reuses one).',
  },
  {
    name: 'cache-unknown-max-age-hours',
    kind: 'input',
    type: 'string',
    value: 'H',
    default: '1',
    group: 'Service',
    description: 'The same for the answer that the service has never seen a hash (0 to 720; 0 never reuses one).',
  },
  {
    name: 'cache-dir',
    kind: 'cli',
    type: 'string',
    value: 'DIR',
    default: '',
    group: 'Service',
    description:
      'Keep the verdict cache in DIR (one file per provider and api-url origin), for a CI system that keeps a directory between runs; the ages are --cache-max-age-hours and --cache-unknown-max-age-hours. Without it nothing is cached.',
  },
  {
    name: 'max-malicious',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '0',
    group: 'Policy',
    description: 'An artifact fails the gate when `last_analysis_stats.malicious` is greater than this.',
  },
  {
    name: 'fail-engines',
    kind: 'input',
    type: 'string',
    value: 'ENGINE',
    default: '',
    group: 'Policy',
    multiple: true,
    description: 'Engine names, one per line (case-insensitive), whose malicious verdict fails the artifact whatever `max-malicious` says. An engine may not also be in `ignore-engines`.',
  },
  {
    name: 'warn-malicious',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '',
    group: 'Policy',
    description:
      'When set, an artifact with more counted malicious detections than this, but not more than `max-malicious`, is `flagged`, a warning that never fails the gate. Must be less than `max-malicious`.',
  },
  {
    name: 'max-malicious-percent',
    kind: 'input',
    type: 'string',
    value: 'PERCENT',
    default: '',
    group: 'Policy',
    description: 'When set, an artifact also fails when its counted malicious detections exceed this share (0 to less than 100, e.g. `15` or `12.5`) of the engines that gave a verdict.',
  },
  {
    name: 'max-suspicious',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '',
    group: 'Policy',
    description: 'When set, an artifact also fails when its suspicious detections (`last_analysis_stats.suspicious`, less ignored engines) exceed it.',
  },
  {
    name: 'min-engines',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '1',
    group: 'Policy',
    description: 'A report in which fewer engines produced a verdict (malicious + suspicious + undetected + harmless) is `unanalysed`, judged like an unknown, never clean.',
  },
  {
    name: 'max-report-age-days',
    kind: 'input',
    type: 'string',
    value: 'N',
    default: '',
    group: 'Policy',
    description: 'When set, a report whose `last_analysis_date` is older than this many days gets a warning that the verdict may be stale.',
  },
  { name: 'on-unknown', kind: 'input', type: 'string', value: 'WHAT', default: 'warn', group: 'Policy', description: 'What a hash the service has never seen does: `pass`, `warn` or `fail`.' },
  {
    name: 'on-error',
    kind: 'input',
    type: 'string',
    value: 'WHAT',
    default: 'fail',
    group: 'Policy',
    description: 'What a lookup that could not be completed, or an archive or member that could not be scanned fully (`unscanned`), does: `fail` or `warn`. A refused API key always fails.',
  },
  {
    name: 'allow',
    kind: 'input',
    type: 'string',
    value: "'SHA256 REASON'",
    default: '',
    group: 'Policy',
    multiple: true,
    description:
      'Known-good artifacts, one per line: `<sha256> <reason>` (or `<url> <reason>` for a URL of `urls`), optionally ending with `expires=YYYY-MM-DD` (from that day, UTC, the line no longer allows and a warning says so); lines starting with `#` are comments. An allowed artifact or URL never fails the gate; it is reported as `allowed` with its reason.',
  },
  {
    name: 'allow-file',
    kind: 'input',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'Policy',
    description: 'The same list as `allow`, read from a file in the repository (path relative to the workspace).',
  },
  {
    name: 'ignore-engines',
    kind: 'input',
    type: 'string',
    value: 'ENGINE',
    default: '',
    group: 'Policy',
    multiple: true,
    description: 'Engine names, one per line (case-insensitive), whose verdicts do not count toward the thresholds. They are still shown, marked ignored.',
  },
  {
    name: 'upload-unknown',
    kind: 'input',
    type: 'string',
    value: 'BOOL',
    default: 'false',
    group: 'Service',
    description:
      "`true`: a file the service has never seen is uploaded for analysis and judged by the result (VirusTotal only). What is uploaded becomes available to the service's premium customers; see `upload-files`.",
  },
  {
    name: 'upload-files',
    kind: 'input',
    type: 'string',
    value: 'GLOB',
    default: '**',
    group: 'Service',
    multiple: true,
    description:
      'Glob patterns (relative to the workspace), one per line, of the artifacts that may be uploaded when `upload-unknown` is `true`; the others stay unknown. Keeps proprietary files private.',
  },
  {
    name: 'analysis-timeout-minutes',
    kind: 'input',
    type: 'string',
    value: 'M',
    default: '10',
    group: 'Service',
    description: "How long to wait for an upload's analysis to complete (0.01 to 360 minutes); after that the artifact is `pending`, judged like an unknown, with the analysis link.",
  },
  { name: 'json', kind: 'cli', type: 'string', value: 'FILE', default: '', group: 'Reports', description: 'Write the JSON report (every artifact, its verdict and the policy) to FILE.' },
  { name: 'sarif', kind: 'cli', type: 'string', value: 'FILE', default: '', group: 'Reports', description: 'Write a SARIF 2.1.0 log to FILE: the same as --sarif-path.' },
  {
    name: 'sarif-path',
    kind: 'input',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'Reports',
    description: 'Also write a SARIF 2.1.0 log there (relative to the workspace), for github/codeql-action/upload-sarif.',
  },
  {
    name: 'junit',
    kind: 'cli',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'Reports',
    description: 'Write a JUnit XML report to FILE: one test case per artifact (and per URL, in a suite of its own), a failure per flagged one (Jenkins, GitLab, Azure DevOps, CircleCI).',
  },
  {
    name: 'gitlab-codequality',
    kind: 'cli',
    type: 'string',
    value: 'FILE',
    default: '',
    group: 'Reports',
    description: 'Write a GitLab Code Quality report to FILE, for `artifacts:reports:codequality` (merge request widget): the artifacts and URLs that need attention.',
  },
  { name: 'markdown', kind: 'cli', type: 'string', value: 'FILE', default: '', group: 'Reports', description: 'Write the Markdown summary (as in the job summary) to FILE.' },
  { name: 'job-summary', kind: 'input', type: 'string', value: 'BOOL', default: 'true', group: 'Output', description: 'Write the job summary (`true` or `false`).' },
  { name: 'no-color', kind: 'cli', type: 'boolean', default: '', group: 'Output', description: 'No colour in the table, even on a terminal (as does the NO_COLOR environment variable).' },
  { name: 'help', kind: 'cli', type: 'boolean', default: '', group: 'Output', short: 'h', description: 'Show this help and exit.' },
  { name: 'version', kind: 'cli', type: 'boolean', default: '', group: 'Output', description: 'Show the version and exit.' },
];

/** A mistake on the command line: the message names the flag; the CLI exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandLine {
  /** The positional glob patterns (what the action's `files` input holds). */
  globs: string[];
  /** Each flag given, by name: a string (lines joined for repeatable flags), or true for a switch. */
  given: Record<string, string | true>;
}

const FLAG_BY_NAME = new Map(FLAGS.map((flag) => [flag.name, flag]));
const HELP_HINT = `Run ${ACTION_NAME} --help for the flags.`;

/** Action inputs that are not flags, and what to use instead. */
const NOT_FLAGS: Record<string, string> = {
  'api-key': `--api-key is not a flag: a key on the command line shows in the process list and the shell history. Set ${API_KEY_ENV.virustotal} (or ${API_KEY_ENV.reversinglabs} with --provider reversinglabs), or pass --api-key-file FILE.`,
  files: `--files is not a flag: give the glob patterns as arguments, for example ${ACTION_NAME} 'dist/**'.`,
};

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const terminator = argv.indexOf('--');
  for (const arg of terminator === -1 ? argv : argv.slice(0, terminator)) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name !== undefined && NOT_FLAGS[name]) throw new UsageError(NOT_FLAGS[name]);
  }
  const options = Object.fromEntries(FLAGS.map((flag) => [flag.name, { type: flag.type, multiple: flag.multiple ?? false, ...(flag.short && { short: flag.short }) }]));
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const given: Record<string, string | true> = {};
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const flag = FLAG_BY_NAME.get(token.name)!;
    if (seen.has(flag.name) && !flag.multiple) throw new UsageError(`--${flag.name} is given more than once; give it once.`);
    seen.add(flag.name);
    if (flag.type === 'boolean') {
      given[flag.name] = true;
      continue;
    }
    // The command line's own values name files: an empty one is a mistake, not "use the default".
    if (flag.kind === 'cli' && token.value === '') throw new UsageError(`--${flag.name} needs a value: ${flag.value}.`);
    const previous = given[flag.name];
    given[flag.name] = typeof previous === 'string' ? `${previous}\n${token.value}` : token.value!;
  }
  if (given.sarif !== undefined && given['sarif-path'] !== undefined && given.sarif !== given['sarif-path']) {
    throw new UsageError('--sarif and --sarif-path name the same report: give one of them.');
  }
  return { globs: parsed.positionals, given };
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const name = /'(?:-[^-], )?(-{1,2}[^' <=]+)/.exec(message)?.[1] ?? '';
  const flag = FLAG_BY_NAME.get(name.replace(/^--/, ''));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const suggestion = closest(name.replace(/^-+/, ''));
    return `Unknown flag ${name}${suggestion ? ` (did you mean --${suggestion}?)` : ''}. ${HELP_HINT}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    if (flag.type === 'boolean') return `--${flag.name} takes no value. ${HELP_HINT}`;
    if (message.includes('ambiguous')) return `--${flag.name} needs a value (${flag.value}), but the next argument is a flag; write --${flag.name}=VALUE if the value really starts with a dash.`;
    return `--${flag.name} needs a value: ${flag.value}.`;
  }
  return `${message.split('\n')[0]} ${HELP_HINT}`;
}

/** The flag nearest a misspelt name, when one is near enough to be what was meant. */
function closest(name: string): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const flag of FLAGS) {
    const distance = editDistance(name, flag.name);
    if (distance <= Math.max(1, Math.floor(flag.name.length / 4)) && (best === null || distance < best.distance)) best = { name: flag.name, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Colour for the table: only on a terminal, never with --no-color or NO_COLOR (any non-empty value,
 * as https://no-color.org asks).
 */
export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>, commandLine: CommandLine): boolean {
  return isTTY && commandLine.given['no-color'] === undefined && (env.NO_COLOR ?? '') === '';
}

/** Where the key was found, for messages about it. */
export interface ApiKeySource {
  key: string;
  /** `VT_API_KEY`, `RL_API_KEY` or `--api-key-file FILE`. */
  from: string;
}

/**
 * The key: from --api-key-file, else from the provider's environment variable. Throws UsageError
 * naming both ways when there is none. `readTextFile` throws when the file cannot be read.
 */
export function resolveApiKey(commandLine: CommandLine, env: Readonly<Record<string, string | undefined>>, readTextFile: (path: string) => string): ApiKeySource {
  const file = commandLine.given['api-key-file'];
  if (typeof file === 'string') {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(`--api-key-file must name a readable file; cannot read ${JSON.stringify(file)} (${reason}).`);
    }
    const key = text.replace(/\r?\n$/, '');
    if (key.trim() === '') throw new UsageError(`--api-key-file ${JSON.stringify(file)} is empty: it must hold the API key.`);
    return { key, from: `--api-key-file ${file}` };
  }
  const named =
    String(commandLine.given.provider ?? '')
      .trim()
      .toLowerCase() || 'virustotal';
  // Checked here first: a misspelt provider would otherwise read as a missing key of the wrong variable.
  if (!Object.hasOwn(API_KEY_ENV, named)) throw new UsageError(`--provider must be one of \`virustotal\`, \`reversinglabs\`; got ${JSON.stringify(named)}.`);
  const provider = named as Provider;
  const variable = API_KEY_ENV[provider];
  const key = env[variable] ?? '';
  if (key.trim() === '') {
    throw new UsageError(
      `No API key: set ${variable} to your ${provider === 'virustotal' ? 'VirusTotal' : 'ReversingLabs'} API key, or pass --api-key-file FILE. (It is never taken from a flag: the process list would show it.)`,
    );
  }
  return { key, from: variable };
}

/**
 * The reader parseInputs takes, over the command line: each input's flag, or its action.yml default;
 * `files` is the globs, one a line; `api-key` is the resolved key; `urls` is the text of --urls FILE|-,
 * which the front door reads (a file, or standard input).
 */
export function inputReader(commandLine: CommandLine, apiKey: ApiKeySource, urlsText = ''): InputReader {
  return (name) => {
    if (name === 'files') return commandLine.globs.join('\n');
    if (name === 'api-key') return apiKey.key;
    if (name === 'urls') return urlsText;
    if (name === 'sarif-path') return String(commandLine.given['sarif-path'] ?? commandLine.given.sarif ?? '');
    const flag = FLAG_BY_NAME.get(name);
    if (flag?.kind !== 'input') return '';
    const value = commandLine.given[name];
    return typeof value === 'string' ? value : flag.default;
  };
}

/** An InputError's message in the command line's words: flags for inputs, the key's source for `api-key`. */
export function cliMessage(message: string, apiKey: Pick<ApiKeySource, 'from'>): string {
  if (message.startsWith('Input `files` is required'))
    return `Give one or more glob patterns (for example ${ACTION_NAME} 'dist/**'), or --hashes FILE, or URLs with --urls FILE or --urls-file FILE. ${HELP_HINT}`;
  return message.replace(/Input `api-key`/g, `The API key (from ${apiKey.from})`).replace(/Input `([a-z-]+)`/g, '--$1');
}

const HELP_WIDTH = 80;

export function helpText(version: string): string {
  const lines = [
    ...wrap(`${ACTION_NAME} ${version}: fail a build when an artifact is known malicious to VirusTotal or ReversingLabs.`, HELP_WIDTH),
    '',
    'Usage:',
    `  ${ACTION_NAME} [flags] <glob>...        check the files they match`,
    `  ${ACTION_NAME} [flags] --hashes FILE|-  check a list of hashes`,
    `  ${ACTION_NAME} [flags] --urls FILE|-    check a list of URLs`,
    '',
    ...wrap(
      `The API key comes from ${API_KEY_ENV.virustotal} (virustotal) or ${API_KEY_ENV.reversinglabs} (reversinglabs), or --api-key-file FILE. ` +
        "Relative paths are taken from the current directory (the action's workspace). The flags below that share a name with an input of the action take the same values.",
      HELP_WIDTH,
    ),
  ];
  for (const group of [...new Set(FLAGS.map((flag) => flag.group))]) {
    lines.push('', `${group}:`);
    for (const flag of FLAGS.filter((f) => f.group === group)) {
      const names = `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
      const notes = [flag.default !== '' ? `default: ${flag.default}` : '', flag.multiple ? 'repeatable' : ''].filter(Boolean).join('; ');
      lines.push(`  ${names}${notes ? `  (${notes})` : ''}`, ...wrap(flag.description, HELP_WIDTH - 6).map((line) => `      ${line}`));
    }
  }
  lines.push('', 'Exit status: 0 the gate passed, 1 it failed, 2 a usage or configuration error.', '');
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  return current === '' ? lines : [...lines, current];
}
