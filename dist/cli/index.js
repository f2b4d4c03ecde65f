#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BG: () => (/* binding */ limitHeapGrowth)
});

// UNUSED EXPORTS: OLD_GENERATION_GROWTH_PERCENT, YOUNG_GENERATION_CAP_BYTES

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/adapters/heap-growth.ts
// How far V8 lets the heap grow before it collects, set for long scans. `node dist/index.js` takes no
// flags, so these are V8 flags that V8 reads each time it resizes (their maxima are fixed at start-up).
//
// - The young generation doubles while a program keeps allocating, up to 128 MiB on a runner with
//   16 GiB or more; a scan allocates for every lookup and always reaches it. Its growth stops at 32 MiB.
// - The old generation may grow to several times what is live before a full collection; a scan of
//   100,000 files promotes about 10 MiB of short-lived answers a second, so it grew to 400+ MiB with
//   60 MiB live. It may now grow by a quarter of what is live.
// Measured (README "Performance"): 100,000 files 432–455 → 284–290 MiB peak, CPU within the noise of a
// loaded machine; stopping the young generation at its 3 MiB start instead cost 10–25 % more CPU.

/** Young-generation size past which it no longer grows. */
const YOUNG_GENERATION_CAP_BYTES = 32 * 1024 * 1024;
/** How much the old generation may grow beyond what a full collection left, in percent. */
const OLD_GENERATION_GROWTH_PERCENT = 25;
const CHECK_EVERY_MS = 50;
/** Sets the old generation's growth, and stops the young generation's once it reaches `youngCapBytes`. */
function limitHeapGrowth(youngCapBytes = YOUNG_GENERATION_CAP_BYTES, oldGrowthPercent = OLD_GENERATION_GROWTH_PERCENT) {
    external_node_v8_default().setFlagsFromString(`--heap-growing-percent=${oldGrowthPercent}`);
    const check = setInterval(() => {
        const youngBytes = external_node_v8_default().getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
        if (youngBytes < youngCapBytes)
            return;
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
        clearInterval(check);
    }, CHECK_EVERY_MS).unref();
}


/***/ }),

/***/ 551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor),
/* harmony export */   a: () => (/* binding */ EXIT_CODES)
/* harmony export */ });
// What the command line's exit status means, for CI systems and scripts.
const EXIT_CODES = {
    /** The gate passed. */
    passed: 0,
    /** The gate failed: an artifact was flagged, or could not be checked and the policy says fail. */
    failed: 1,
    /** The command was wrong (a flag, a value, a missing key or file): nothing was checked. */
    usage: 2,
};
function exitCodeFor(result) {
    return result === 'pass' ? EXIT_CODES.passed : EXIT_CODES.failed;
}


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   cN: () => (/* binding */ inputReader),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   kP: () => (/* binding */ cliMessage),
/* harmony export */   kv: () => (/* binding */ resolveApiKey),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/* unused harmony exports API_KEY_ENV, FLAGS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(323);
// The command line's flags. Every action input has a flag of the same name, default and description
// (test/unit/flags.test.ts holds them to action.yml), read through the same parseInputs as the action,
// so the same values are accepted with the same messages. The API key never comes from a flag.


/** The environment variable that holds the key, by provider. */
const API_KEY_ENV = { virustotal: 'VT_API_KEY', reversinglabs: 'RL_API_KEY' };
const FLAGS = [
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
        description: "Also check the URLs listed in FILE (`-` for standard input): one a line, `#` starts a comment; http:// or https:// only. The same list as the action's `urls` input, judged by the same policy.",
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
        description: 'Which files inside archives (zip, jar, apk, whl, nupkg, tar, tar.gz, tar.zst, deb\u2026) are looked up besides the archive itself: `binaries` (native executables and libraries, PE, ELF or Mach-O, plus nested archives), `all` or `none` (archives judged as whole files only).',
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
        description: 'Members read per archive; an archive with more is reported as not opened fully. The members of one file, every nested level together, are bounded at 10 times this.',
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
        description: 'Keep the verdict cache in DIR (one file per provider and api-url origin), for a CI system that keeps a directory between runs; the ages are --cache-max-age-hours and --cache-unknown-max-age-hours. Without it nothing is cached.',
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
        description: 'When set, an artifact with more counted malicious detections than this, but not more than `max-malicious`, is `flagged`, a warning that never fails the gate. Must be less than `max-malicious`.',
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
        description: 'Known-good artifacts, one per line: `<sha256> <reason>` (or `<url> <reason>` for a URL of `urls`), optionally ending with `expires=YYYY-MM-DD` (from that day, UTC, the line no longer allows and a warning says so); lines starting with `#` are comments. An allowed artifact or URL never fails the gate; it is reported as `allowed` with its reason.',
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
        description: "`true`: a file the service has never seen is uploaded for analysis and judged by the result (VirusTotal only). What is uploaded becomes available to the service's premium customers; see `upload-files`.",
    },
    {
        name: 'upload-files',
        kind: 'input',
        type: 'string',
        value: 'GLOB',
        default: '**',
        group: 'Service',
        multiple: true,
        description: 'Glob patterns (relative to the workspace), one per line, of the artifacts that may be uploaded when `upload-unknown` is `true`; the others stay unknown. Keeps proprietary files private.',
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
class UsageError extends Error {
    name = 'UsageError';
}
const FLAG_BY_NAME = new Map(FLAGS.map((flag) => [flag.name, flag]));
const HELP_HINT = `Run ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} --help for the flags.`;
/** Action inputs that are not flags, and what to use instead. */
const NOT_FLAGS = {
    'api-key': `--api-key is not a flag: a key on the command line shows in the process list and the shell history. Set ${API_KEY_ENV.virustotal} (or ${API_KEY_ENV.reversinglabs} with --provider reversinglabs), or pass --api-key-file FILE.`,
    files: `--files is not a flag: give the glob patterns as arguments, for example ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} 'dist/**'.`,
};
function parseCommandLine(argv) {
    const terminator = argv.indexOf('--');
    for (const arg of terminator === -1 ? argv : argv.slice(0, terminator)) {
        const name = /^--([^=]+)/.exec(arg)?.[1];
        if (name !== undefined && NOT_FLAGS[name])
            throw new UsageError(NOT_FLAGS[name]);
    }
    const options = Object.fromEntries(FLAGS.map((flag) => [flag.name, { type: flag.type, multiple: flag.multiple ?? false, ...(flag.short && { short: flag.short }) }]));
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
    }
    catch (error) {
        throw new UsageError(describeParseError(error));
    }
    const given = {};
    const seen = new Set();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option')
            continue;
        const flag = FLAG_BY_NAME.get(token.name);
        if (seen.has(flag.name) && !flag.multiple)
            throw new UsageError(`--${flag.name} is given more than once; give it once.`);
        seen.add(flag.name);
        if (flag.type === 'boolean') {
            given[flag.name] = true;
            continue;
        }
        // The command line's own values name files: an empty one is a mistake, not "use the default".
        if (flag.kind === 'cli' && token.value === '')
            throw new UsageError(`--${flag.name} needs a value: ${flag.value}.`);
        const previous = given[flag.name];
        given[flag.name] = typeof previous === 'string' ? `${previous}\n${token.value}` : token.value;
    }
    if (given.sarif !== undefined && given['sarif-path'] !== undefined && given.sarif !== given['sarif-path']) {
        throw new UsageError('--sarif and --sarif-path name the same report: give one of them.');
    }
    return { globs: parsed.positionals, given };
}
function describeParseError(error) {
    const { code, message } = error;
    const name = /'(?:-[^-], )?(-{1,2}[^' <=]+)/.exec(message)?.[1] ?? '';
    const flag = FLAG_BY_NAME.get(name.replace(/^--/, ''));
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const suggestion = closest(name.replace(/^-+/, ''));
        return `Unknown flag ${name}${suggestion ? ` (did you mean --${suggestion}?)` : ''}. ${HELP_HINT}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
        if (flag.type === 'boolean')
            return `--${flag.name} takes no value. ${HELP_HINT}`;
        if (message.includes('ambiguous'))
            return `--${flag.name} needs a value (${flag.value}), but the next argument is a flag; write --${flag.name}=VALUE if the value really starts with a dash.`;
        return `--${flag.name} needs a value: ${flag.value}.`;
    }
    return `${message.split('\n')[0]} ${HELP_HINT}`;
}
/** The flag nearest a misspelt name, when one is near enough to be what was meant. */
function closest(name) {
    let best = null;
    for (const flag of FLAGS) {
        const distance = editDistance(name, flag.name);
        if (distance <= Math.max(1, Math.floor(flag.name.length / 4)) && (best === null || distance < best.distance))
            best = { name: flag.name, distance };
    }
    return best?.name ?? null;
}
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
/**
 * Colour for the table: only on a terminal, never with --no-color or NO_COLOR (any non-empty value,
 * as https://no-color.org asks).
 */
function wantsColor(isTTY, env, commandLine) {
    return isTTY && commandLine.given['no-color'] === undefined && (env.NO_COLOR ?? '') === '';
}
/**
 * The key: from --api-key-file, else from the provider's environment variable. Throws UsageError
 * naming both ways when there is none. `readTextFile` throws when the file cannot be read.
 */
function resolveApiKey(commandLine, env, readTextFile) {
    const file = commandLine.given['api-key-file'];
    if (typeof file === 'string') {
        let text;
        try {
            text = readTextFile(file);
        }
        catch (error) {
            const reason = error.code ?? (error instanceof Error ? error.message : String(error));
            throw new UsageError(`--api-key-file must name a readable file; cannot read ${JSON.stringify(file)} (${reason}).`);
        }
        const key = text.replace(/\r?\n$/, '');
        if (key.trim() === '')
            throw new UsageError(`--api-key-file ${JSON.stringify(file)} is empty: it must hold the API key.`);
        return { key, from: `--api-key-file ${file}` };
    }
    const named = String(commandLine.given.provider ?? '')
        .trim()
        .toLowerCase() || 'virustotal';
    // Checked here first: a misspelt provider would otherwise read as a missing key of the wrong variable.
    if (!Object.hasOwn(API_KEY_ENV, named))
        throw new UsageError(`--provider must be one of \`virustotal\`, \`reversinglabs\`; got ${JSON.stringify(named)}.`);
    const provider = named;
    const variable = API_KEY_ENV[provider];
    const key = env[variable] ?? '';
    if (key.trim() === '') {
        throw new UsageError(`No API key: set ${variable} to your ${provider === 'virustotal' ? 'VirusTotal' : 'ReversingLabs'} API key, or pass --api-key-file FILE. (It is never taken from a flag: the process list would show it.)`);
    }
    return { key, from: variable };
}
/**
 * The reader parseInputs takes, over the command line: each input's flag, or its action.yml default;
 * `files` is the globs, one a line; `api-key` is the resolved key; `urls` is the text of --urls FILE|-,
 * which the front door reads (a file, or standard input).
 */
function inputReader(commandLine, apiKey, urlsText = '') {
    return (name) => {
        if (name === 'files')
            return commandLine.globs.join('\n');
        if (name === 'api-key')
            return apiKey.key;
        if (name === 'urls')
            return urlsText;
        if (name === 'sarif-path')
            return String(commandLine.given['sarif-path'] ?? commandLine.given.sarif ?? '');
        const flag = FLAG_BY_NAME.get(name);
        if (flag?.kind !== 'input')
            return '';
        const value = commandLine.given[name];
        return typeof value === 'string' ? value : flag.default;
    };
}
/** An InputError's message in the command line's words: flags for inputs, the key's source for `api-key`. */
function cliMessage(message, apiKey) {
    if (message.startsWith('Input `files` is required'))
        return `Give one or more glob patterns (for example ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} 'dist/**'), or --hashes FILE, or URLs with --urls FILE or --urls-file FILE. ${HELP_HINT}`;
    return message.replace(/Input `api-key`/g, `The API key (from ${apiKey.from})`).replace(/Input `([a-z-]+)`/g, '--$1');
}
const HELP_WIDTH = 80;
function helpText(version) {
    const lines = [
        ...wrap(`${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} ${version}: fail a build when an artifact is known malicious to VirusTotal or ReversingLabs.`, HELP_WIDTH),
        '',
        'Usage:',
        `  ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} [flags] <glob>...        check the files they match`,
        `  ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} [flags] --hashes FILE|-  check a list of hashes`,
        `  ${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .p} [flags] --urls FILE|-    check a list of URLs`,
        '',
        ...wrap(`The API key comes from ${API_KEY_ENV.virustotal} (virustotal) or ${API_KEY_ENV.reversinglabs} (reversinglabs), or --api-key-file FILE. ` +
            "Relative paths are taken from the current directory (the action's workspace). The flags below that share a name with an input of the action take the same values.", HELP_WIDTH),
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
function wrap(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
            lines.push(current);
            current = word;
        }
        else {
            current = current === '' ? word : `${current} ${word}`;
        }
    }
    return current === '' ? lines : [...lines, current];
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_heap_growth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(957);
// The command line's entry (package.json `bin`): runs it and exits with its status.


// A reader that stops early (`| head`) closes the pipe: that is not an error of the gate.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
(0,_adapters_heap_growth_js__WEBPACK_IMPORTED_MODULE_0__/* .limitHeapGrowth */ .BG)();
const status = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2));
// Exit once the output is flushed, rather than wait on anything a library left open.
process.stdout.write('', () => process.exit(status));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(323);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(551);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(377);
// The command line's entry point: flags first, so --help, --version and a mistyped flag answer without
// loading the gate (src/cli/run.ts, the reports and the HTTP library load only for a check).



/** Runs the command line and returns the exit status; the caller exits with it. */
async function main(argv) {
    let commandLine;
    try {
        commandLine = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandLine */ .Du)(argv);
    }
    catch (error) {
        return usageError(error);
    }
    if (commandLine.given.help) {
        process.stdout.write((0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .helpText */ .BK)(_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_VERSION */ .Y));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .a.passed;
    }
    if (commandLine.given.version) {
        process.stdout.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_VERSION */ .Y}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .a.passed;
    }
    const { runCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(487), __nccwpck_require__.e(746)]).then(__nccwpck_require__.bind(__nccwpck_require__, 746));
    return runCommand(commandLine);
}
/** A UsageError as the command line shows it (exit 2); anything else is rethrown. */
function usageError(error) {
    if (!(error instanceof _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
        throw error;
    process.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .p}: ${error.message}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .a.usage;
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ACTION_VERSION),
/* harmony export */   p: () => (/* binding */ ACTION_NAME)
/* harmony export */ });
// Kept equal to package.json's version by a unit test; named in the User-Agent and the reports.
const ACTION_NAME = 'artifact-reputation-gate';
const ACTION_VERSION = '1.0.0';


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 30:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 404:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
