export const id = 746;
export const ids = [746];
export const modules = {

/***/ 746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/cancellation.ts
// When the runner cancels a job (or a person presses Ctrl-C) the process gets SIGINT, then SIGTERM.
// Without a handler the process ends without a word; with one that only logged, the hash threads and
// open connections would keep it alive. One line says how far the scan got, then the process exits at
// once. Shared by both front doors.

const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Until the returned function is called, SIGINT or SIGTERM is reported (how far the scan got) and
 * the process exits with 128 + the signal's number, as a shell reports a process ended by that signal.
 */
function exitOnCancel(report) {
    const cancel = (signal) => {
        report(signal);
        process.exit(128 + (external_node_os_default()).constants.signals[signal]);
    };
    for (const signal of SIGNALS)
        process.once(signal, cancel);
    return () => {
        for (const signal of SIGNALS)
            process.off(signal, cancel);
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(30);
;// CONCATENATED MODULE: ./src/core/redact.ts
/** The text with every occurrence of `secret`, in any letter case, replaced by `***`. */
function redact(text, secret) {
    return secret === '' ? text : text.replace(patternsOf(secret).every, '***');
}
/** Whether `text` holds `secret` in any letter case: whether redact() would change it. */
function holdsSecret(text, secret) {
    return secret !== '' && patternsOf(secret).any.test(text);
}
// A run has one secret: its patterns are compiled once, not for each of the many texts of an answer.
let compiled = null;
function patternsOf(secret) {
    if (compiled?.secret !== secret) {
        const source = secret.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        // `any` has no g flag, so test() keeps no state between texts.
        compiled = { secret, every: new RegExp(source, 'gi'), any: new RegExp(source, 'i') };
    }
    return compiled;
}

;// CONCATENATED MODULE: ./src/core/url-list.ts
/** Longer URLs are refused: browsers, servers and the service's own URL lookups stop well before. */
const MAX_URL_LENGTH = 2048;
/** Why a line is not a URL to check; the caller names the input and the line. */
class UrlLineError extends Error {
    name = 'UrlLineError';
}
/**
 * One line as a URL to check: http or https, with a host, no spaces, at most MAX_URL_LENGTH
 * characters, and no user or password (a credential would be sent to the service and shown).
 */
function parseUrlLine(text) {
    if (text.length > MAX_URL_LENGTH)
        throw new UrlLineError(`is ${text.length} characters long; at most ${MAX_URL_LENGTH} are accepted`);
    if (/\s/.test(text))
        throw new UrlLineError(`must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got ${quoteUrl(text)}`);
    if (/[\u0000-\u001f\u007f]/.test(text))
        throw new UrlLineError(`must not hold control characters; got ${quoteUrl(text)}`);
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        throw new UrlLineError(`must be an absolute http:// or https:// URL (such as https://downloads.example.com/app.tar.gz); got ${quoteUrl(text)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new UrlLineError(`must be an http:// or https:// URL; got ${quoteUrl(text)} (${parsed.protocol.replace(/:$/, '')})`);
    }
    // The parser forgives `https:host`, `https:/host`, `https:///host` and `\` for `/`; the service
    // would be sent the text as written, not what the parser made of it, so only the plain form is taken.
    if (!/^https?:\/\/[^/\\]/i.test(text) || text.includes('\\')) {
        throw new UrlLineError(`must be written as http:// or https:// followed by the host, with / (not \\) between parts; got ${quoteUrl(text)}`);
    }
    if (parsed.hostname === '')
        throw new UrlLineError(`must name a host; got ${quoteUrl(text)}`);
    if (parsed.username !== '' || parsed.password !== '' || /^[^/?#]*@/.test(text.slice(text.indexOf('//') + 2))) {
        throw new UrlLineError(`must not hold a user name or password (it would be sent to the reputation service and shown in reports); got ${quoteUrl(text)}`);
    }
    return { url: text, display: maskedUrl(parsed) };
}
/** `urls`-style text (one URL a line, `#` comments) as items; the first of two equal URLs is kept. */
function parseUrlList(text, source, name, into = []) {
    const seen = new Set(into.map((item) => item.url));
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        let parsed;
        try {
            parsed = parseUrlLine(line);
        }
        catch (error) {
            if (error instanceof UrlLineError)
                throw new UrlLineError(`${name} line ${index + 1} ${error.message}.`);
            throw error;
        }
        if (seen.has(parsed.url))
            continue;
        seen.add(parsed.url);
        into.push({ ...parsed, source: { ...source, line: index + 1 } });
    }
    return into;
}
/**
 * The URL with what may be secret taken out: no user or password, each query value (and each
 * query part without a name) and the fragment shown as `…`. Scheme, host, port and path stay, so people can tell which address it is.
 */
function maskedUrl(url) {
    const query = url.search === ''
        ? ''
        : `?${url.search
            .slice(1)
            .split('&')
            // A part without `=` may be the secret itself (`?9f3c2a71d0e4`): masked whole.
            .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=…` : pair === '' ? pair : '…'))
            .join('&')}`;
    const fragment = url.hash === '' ? '' : '#…';
    // A URL without a host (javascript:, mailto:) is only ever quoted in an error; it keeps its own form.
    const base = url.host === '' ? url.href.replace(/[?#].*$/, '') : `${url.protocol}//${url.host}${url.pathname}`;
    return `${base}${query}${fragment}`;
}
/**
 * A masked URL that no one can click by mistake: `hxxps://evil[.]example/…`. What a log viewer or
 * Markdown would link inside its path or query is defanged too: another URL
 * (`/go/https://evil.example/`), a `www.` name, or an e-mail address (`user@evil.example`).
 */
function defang(display) {
    const dots = (name) => name.replace(/\./g, '[.]');
    const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(display);
    if (!match)
        return dots(display);
    const [, scheme, host, rest] = match;
    const embedded = rest
        .replace(/(h)tt(ps?:\/\/)([^/?#&\s]*)/gi, (_, h, ps, name) => `${h}xx${ps}${dots(name)}`)
        .replace(/www\.[^/?#&\s]*/gi, dots)
        .replace(/@([^/?#&\s]*)/g, (_, domain) => `@${dots(domain)}`);
    return `${scheme.replace(/^(h)tt(ps?:)/i, '$1xx$2')}${dots(host)}${embedded}`;
}
/**
 * The URL's identifier for `GET {api-url}/urls/{id}`: the URL in unpadded base64url. The service
 * also takes the SHA-256 of its canonical form, but the canonicalisation is the service's own: a
 * hash computed here that differed by one slash would read as "never seen", not as the known URL.
 */
function urlIdentifier(url) {
    return Buffer.from(url, 'utf8').toString('base64url');
}
/** Quoted for an error message: masked when it parses, clipped, and never with a `user:password@`. */
function quoteUrl(text) {
    let shown;
    try {
        shown = maskedUrl(new URL(text));
    }
    catch {
        shown = text.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '?…');
    }
    // Defanged as everywhere people read a URL: an input error is shown in the log and as an annotation.
    return JSON.stringify(defang(shown.length > 100 ? `${shown.slice(0, 100)}…` : shown));
}

;// CONCATENATED MODULE: ./src/core/reputation/pacing.ts
// Pure timing rules for lookups: the shared request window, backoff with jitter, Retry-After.
// Time comes from Date.now() and setTimeout, so tests drive all of it with fake timers.
/** Waits `ms`, or less when `signal` aborts first (a stopped scan does not sit out its waits). */
function sleep(ms, signal) {
    if (ms <= 0 || signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * At most `limit` grants in any `windowMs`: the service counts "requests of any nature in any given
 * minute", so every request, a retry too, takes a grant. Grants are handed out in call order.
 */
class SlidingWindow {
    limit;
    windowMs;
    /** Times of the last `limit` grants, oldest first. */
    granted = [];
    queue = Promise.resolve();
    constructor(limit, windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
    }
    /** Resolves when a request may be sent, and counts it; resolves ungranted as soon as `signal` aborts. */
    acquire(signal) {
        const turn = this.queue.then(() => this.waitForRoom(signal));
        this.queue = turn;
        return turn;
    }
    /** How long the queued and future grants take at this rate, for the estimate before a scan. */
    estimateMs(requests) {
        return Math.max(0, Math.ceil(requests / this.limit) - 1) * this.windowMs;
    }
    async waitForRoom(signal) {
        while (this.granted.length >= this.limit) {
            if (signal?.aborted)
                return;
            const wait = this.granted[0] + this.windowMs - Date.now();
            if (wait <= 0)
                this.granted.shift();
            else
                await sleep(wait, signal);
        }
        this.granted.push(Date.now());
    }
}
/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out. */
function backoffDelay(retry, baseMs, maxMs, random = Math.random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/** Retry-After as seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
function parseRetryAfter(header, now = Date.now()) {
    if (header === undefined || header.trim() === '')
        return null;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/GMT$/i.test(value))
        return null; // an HTTP date (RFC 9110) ends in GMT; Date.parse takes far more
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/core/subjects.ts
const KIND_BY_LENGTH = { 32: 'md5', 40: 'sha1', 64: 'sha256' };
/** How people write the kinds, for messages. */
const HASH_KIND_NAMES = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' };
/** The kind of a hexadecimal hash by its length; null for anything else. */
function hashKindOf(hash) {
    return /^[0-9a-f]+$/i.test(hash) ? (KIND_BY_LENGTH[hash.length] ?? null) : null;
}
/** The hashes as the artifacts to check, in the order given: each shown as itself, never read. */
function hashSubjects(hashes) {
    const artifacts = hashes.map(({ hash, kind }) => {
        const value = hash.toLowerCase();
        return { absolutePath: '', displayPath: value, inWorkspace: false, size: 0, hash: { kind, value } };
    });
    return { artifacts, skipped: [] };
}

;// CONCATENATED MODULE: ./src/core/reputation/parse.ts
// Pure parsing of VirusTotal v3 answers. A body that does not prove itself a report for the requested
// hash is a protocol error, never a clean result.

class ProtocolError extends Error {
    name = 'ProtocolError';
}
const STAT_FIELDS = {
    malicious: 'malicious',
    suspicious: 'suspicious',
    undetected: 'undetected',
    harmless: 'harmless',
    timeout: 'timeout',
    failure: 'failure',
    typeUnsupported: 'type-unsupported',
};
/**
 * Validates a 200 body (already parsed JSON) as the file report of `requested`: a SHA-256, or an MD5
 * or SHA-1 that the report's own attributes must name. Throws ProtocolError.
 */
function parseFileReport(body, requested) {
    const data = field(body, 'data');
    const attributes = field(data, 'attributes');
    const sha256 = provenSha256(data, attributes, requested.toLowerCase());
    const type = field(data, 'type');
    if (type !== 'file')
        throw new ProtocolError(`data.type is ${describeValue(type)}, not "file": the answer is not a file report`);
    return {
        sha256,
        ...parseAnalysis(attributes),
        suggestedThreatLabel: parse_text(field(field(attributes, 'popular_threat_classification'), 'suggested_threat_label')),
    };
}
/** What file and URL reports share: the stats, the engines that flag, and the dates. Throws ProtocolError. */
function parseAnalysis(attributes) {
    const rawStats = field(attributes, 'last_analysis_stats');
    if (!isObject(rawStats))
        throw new ProtocolError('the report has no last_analysis_stats');
    if (!isCount(rawStats.malicious)) {
        throw new ProtocolError(`last_analysis_stats.malicious is not a count: ${describeValue(rawStats.malicious)}`);
    }
    const stats = {};
    for (const [key, name] of Object.entries(STAT_FIELDS)) {
        const value = rawStats[name];
        if (value !== undefined && value !== null && !isCount(value)) {
            throw new ProtocolError(`last_analysis_stats.${name} is not a count: ${describeValue(value)}`);
        }
        stats[key] = isCount(value) ? value : 0;
    }
    // Every category counts one engine; include ones this code does not name (e.g. confirmed-timeout).
    const engineCount = Object.values(rawStats).reduce((sum, value) => sum + (isCount(value) ? value : 0), 0);
    const detections = parseDetections(field(attributes, 'last_analysis_results'));
    const contradiction = describeContradiction(stats, detections);
    return {
        stats,
        engineCount,
        detections,
        ...(contradiction !== undefined && { contradiction }),
        threatNames: topThreatNames(detections),
        firstSeen: date(field(attributes, 'first_submission_date')),
        lastAnalysed: date(field(attributes, 'last_analysis_date')),
    };
}
/**
 * The SHA-256 the report is for, once it is proven to answer `requested`. Every SHA-256 it names
 * must be the same; asked by MD5 or SHA-1, attributes.md5 or .sha1 must be exactly the hash asked.
 */
function provenSha256(data, attributes, requested) {
    const kind = hashKindOf(requested) ?? 'sha256';
    const named = [field(data, 'id'), field(attributes, 'sha256')].filter((value) => value !== undefined && value !== null);
    if (kind === 'sha256') {
        if (named.length === 0)
            throw new ProtocolError(`the answer names no hash (neither data.id nor attributes.sha256), so it is not proven to be the report for ${requested}`);
        for (const value of named) {
            if (typeof value !== 'string' || value.toLowerCase() !== requested) {
                throw new ProtocolError(`the service answered with a report for ${describeValue(value)}, not for ${requested}`);
            }
        }
        return requested;
    }
    const name = HASH_KIND_NAMES[kind];
    const asked = field(attributes, kind);
    if (asked === undefined || asked === null) {
        throw new ProtocolError(`the answer does not name the ${name} asked for (no attributes.${kind}), so it is not proven to be the report for ${requested}`);
    }
    if (typeof asked !== 'string' || asked.toLowerCase() !== requested) {
        throw new ProtocolError(`the service answered with a report for ${name} ${describeValue(asked)}, not for ${requested}`);
    }
    if (named.length === 0)
        throw new ProtocolError(`the report for ${name} ${requested} names no SHA-256 (neither data.id nor attributes.sha256)`);
    for (const value of named) {
        if (typeof value !== 'string' || hashKindOf(value) !== 'sha256')
            throw new ProtocolError(`the report for ${name} ${requested} names ${describeValue(value)} as its SHA-256, which is not one`);
    }
    const sha256s = new Set(named.map((value) => value.toLowerCase()));
    if (sha256s.size > 1)
        throw new ProtocolError(`the report for ${name} ${requested} names two SHA-256s (${[...sha256s].join(' and ')})`);
    return [...sha256s][0];
}
/**
 * Validates a 200 body (already parsed JSON) as the URL report of `url`, asked for as `id`: `data.type`
 * is `url`, `data.id` is the service's SHA-256 of the URL (or the id asked for), and
 * `attributes.url` is the same URL (the service canonicalises it, so both are compared as URLs).
 */
function parseUrlReport(body, url, id) {
    return readUrlReport(body, { url, id });
}
/**
 * Validates a URL report kept by the verdict cache. It is kept under the SHA-256 of the URL it answers,
 * without the URL (which may hold a token), so there is no URL to compare: data.id must be a SHA-256,
 * and everything else is checked as in a fresh answer.
 */
function parseCachedUrlReport(body) {
    return readUrlReport(body, null);
}
function readUrlReport(body, asked) {
    const data = field(body, 'data');
    const attributes = field(data, 'attributes');
    const type = field(data, 'type');
    if (type !== 'url')
        throw new ProtocolError(`data.type is ${describeValue(type)}, not "url": the answer is not a URL report`);
    const dataId = field(data, 'id');
    if (typeof dataId !== 'string' || !(/^[0-9a-f]{64}$/i.test(dataId) || dataId === asked?.id)) {
        throw new ProtocolError(`data.id is ${describeValue(dataId)}, neither a SHA-256 nor the identifier asked for`);
    }
    if (asked) {
        const reported = field(attributes, 'url');
        if (typeof reported !== 'string')
            throw new ProtocolError('the answer names no URL (attributes.url), so it is not proven to be the report for the URL asked for');
        if (comparableUrl(reported) !== comparableUrl(asked.url)) {
            // The URLs are not quoted: the one asked for may hold a secret, and the other is the service's.
            throw new ProtocolError('the service answered with the report of another URL (attributes.url differs from the URL asked for)');
        }
    }
    const analysis = parseAnalysis(attributes);
    const threatNames = field(attributes, 'threat_names');
    const categories = field(attributes, 'categories');
    return {
        id: dataId.toLowerCase(),
        ...analysis,
        // URL reports name their threats in `threat_names`; the engines' results are only "phishing" and the like.
        threatNames: Array.isArray(threatNames) ? threatNames.filter((name) => typeof name === 'string' && name !== '') : analysis.threatNames,
        categories: isObject(categories) ? Object.fromEntries(Object.entries(categories).filter((entry) => typeof entry[1] === 'string')) : {},
    };
}
/** The URL as the WHATWG parser writes it (lower-case host, default port dropped, a path of at least `/`), without a fragment. */
function comparableUrl(text) {
    try {
        const parsed = new URL(text);
        parsed.hash = '';
        return parsed.href;
    }
    catch {
        return null;
    }
}
/** The engines in last_analysis_results that flag the file in `category`, each named once. */
function flaggingEngines(detections, category) {
    return detections.filter((d) => d.category === category).length;
}
/** Says where the stats count fewer detections than the engines listed: the verdict counts the engines. */
function describeContradiction(stats, detections) {
    const parts = ['malicious', 'suspicious']
        .map((category) => ({ category, stated: stats[category], engines: flaggingEngines(detections, category) }))
        .filter(({ stated, engines }) => engines > stated)
        .map(({ category, stated, engines }) => `last_analysis_stats.${category} says ${stated}, but ${engines} engine${engines === 1 ? '' : 's'} in last_analysis_results say${engines === 1 ? 's' : ''} ${category}`);
    return parts.length === 0 ? undefined : `The report contradicts itself: ${parts.join('; ')}. The engines are counted.`;
}
/** What the service says in an error is quoted in logs and reports: one line, and not a long one. */
const MAX_ERROR_TEXT = 300;
/** The `{"error": {"code", "message"}}` of an error body, when it has one, cut to a sane length. */
function parseErrorBody(body) {
    const error = field(body, 'error');
    const short = (value) => (value === null ? null : parse_clip(value.replace(/\s+/g, ' ').trim(), MAX_ERROR_TEXT));
    return { code: short(parse_text(field(error, 'code'))), message: short(parse_text(field(error, 'message'))) };
}
/**
 * Whether a 404's message is the real service's answer about the requested hash: exactly
 * `File "<hash>" not found`. Anything else may only echo the route ("Resource not found:
 * /api/v2/files/<hash>", "files:<hash> not found"): no proof, so the endpoint gets proven instead.
 */
function errorNamesHash(body, sha256) {
    return errorNamesId(body, 'File', sha256, true);
}
/** The same for a URL: exactly `URL "<id>" not found`, the id (base64url, case-sensitive) as asked for. */
function errorNamesId(body, noun, id, ignoreCase = false) {
    const message = parse_text(field(field(body, 'error'), 'message'));
    if (message === null)
        return false;
    const said = message.trim();
    const expected = `${noun} "${id}" not found`;
    // The expected text is ASCII: ignoring case folds no other character into it.
    const same = (a, b) => (ignoreCase ? /^[\x00-\x7f]*$/.test(a) && a.toLowerCase() === b.toLowerCase() : a === b);
    return same(said, expected) || same(said, `${expected}.`);
}
function parse_clip(value, max = MAX_ERROR_TEXT) {
    return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
/**
 * A value from the answer, quoted as the service sent it: a number JSON cannot hold exactly (see
 * parseJson) keeps its source text, and a long text is clipped.
 */
function describeValue(value) {
    if (value instanceof UnrepresentableNumber)
        return value.source;
    return parse_clip(JSON.stringify(value) ?? 'missing', 100);
}
/** A number in the answer that a double cannot hold exactly (1e400, 12345678901234567890), kept as sent. */
class UnrepresentableNumber {
    source;
    constructor(source) {
        this.source = source;
    }
}
/** JSON.parse that keeps numbers too large or too precise to read exactly as their source text. */
function parseJson(body) {
    const parsed = JSON.parse(body);
    // The reviver hands every value its source text, which costs more than the parse itself: it runs only for an answer that needs it.
    if (allExact(parsed))
        return parsed;
    return JSON.parse(body, (_key, value, context) => {
        if (typeof value !== 'number' || context?.source === undefined)
            return value;
        return isExact(value) ? value : new UnrepresentableNumber(context.source);
    });
}
function isExact(value) {
    return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}
/** Whether every number in parsed JSON is one a double holds exactly (see UnrepresentableNumber). */
function allExact(value) {
    if (typeof value === 'number')
        return isExact(value);
    if (typeof value !== 'object' || value === null)
        return true;
    for (const item of Array.isArray(value) ? value : Object.values(value))
        if (!allExact(item))
            return false;
    return true;
}
function parseDetections(results) {
    if (results === undefined || results === null)
        return [];
    // Engines listed some other way cannot be counted: read as none, a flagged file would pass.
    if (!isObject(results))
        throw new ProtocolError(`last_analysis_results is not an object of engines: ${describeValue(results)}`);
    // One verdict per engine, whatever the key it is listed under: an engine named twice counts once,
    // with its worst category.
    const byEngine = new Map();
    for (const [key, entry] of Object.entries(results)) {
        const category = parse_text(field(entry, 'category'))?.toLowerCase();
        if (category !== 'malicious' && category !== 'suspicious')
            continue;
        const engine = parse_text(field(entry, 'engine_name')) ?? key;
        const seen = byEngine.get(engine.toLowerCase());
        if (seen && (seen.category === 'malicious' || category === 'suspicious'))
            continue;
        byEngine.set(engine.toLowerCase(), { engine, category, result: parse_text(field(entry, 'result')), version: parse_text(field(entry, 'engine_version')) });
    }
    const detections = [...byEngine.values()];
    // Malicious before suspicious, then by engine name: a stable order for reports and tests.
    return detections.sort((a, b) => (a.category === b.category ? a.engine.localeCompare(b.engine) : a.category === 'malicious' ? -1 : 1));
}
const TOP_THREAT_NAMES = 3;
function topThreatNames(detections) {
    const counts = new Map();
    for (const { result } of detections)
        if (result)
            counts.set(result, (counts.get(result) ?? 0) + 1);
    return [...counts.entries()]
        .sort(([nameA, countA], [nameB, countB]) => countB - countA || nameA.localeCompare(nameB))
        .slice(0, TOP_THREAT_NAMES)
        .map(([name]) => name);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function field(value, name) {
    return isObject(value) ? value[name] : undefined;
}
function parse_text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
/** Unix seconds to a Date; null when absent or not a representable time. */
function date(value) {
    if (typeof value !== 'number' || !(value > 0))
        return null;
    const parsed = new Date(value * 1000);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
}

;// CONCATENATED MODULE: ./src/core/reputation/client.ts




const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_SAME_ORIGIN_REDIRECTS = 3;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
/** An invalid answer's description, quoting what was sent, at most this long. */
const MAX_PROTOCOL_ERROR_TEXT = 1000;
class ReputationClient {
    http;
    options;
    origin;
    constructor(options, transport) {
        this.options = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options };
        this.origin = new URL(options.apiUrl).origin;
        this.http = transport({ userAgent: options.userAgent, socketTimeoutMs: options.requestTimeoutMs });
    }
    /** GET {api-url}/files/{hash} (a SHA-256, SHA-1 or MD5), once. Never throws: every failure is an outcome of kind `error`. */
    async lookup(hash) {
        return this.request({ path: `files/${hash}`, parse: (body) => parseFileReport(body, hash), namesItem: (body) => errorNamesHash(body, hash) });
    }
    /**
     * GET {api-url}/urls/{id}, once, with the URL in unpadded base64url as its id. `display`, defanged,
     * replaces the URL and its id in every text that comes back, so a secret in the URL never reaches a log.
     */
    async lookupUrl(url, display) {
        const id = urlIdentifier(url);
        const conceal = (text) => text
            .split(url)
            .join(defang(display))
            .split(id)
            .join(`<id of ${defang(display)}>`);
        const outcome = await this.request({ path: `urls/${id}`, parse: (body) => parseUrlReport(body, url, id), namesItem: (body) => errorNamesId(body, 'URL', id) });
        if (outcome.kind === 'error')
            return { ...outcome, error: { ...outcome.error, message: conceal(outcome.error.message) } };
        if (outcome.kind === 'unproven-unknown')
            return { ...outcome, said: conceal(outcome.said), url: conceal(outcome.url) };
        return outcome;
    }
    async request(request) {
        return this.once(async (signal) => this.classify(request, await this.exchange('GET', `${this.options.apiUrl}/${request.path}`, signal)));
    }
    /** The configured base URL, without a trailing slash. */
    get apiUrl() {
        return this.options.apiUrl;
    }
    /**
     * Runs one attempt within `timeoutMs` (the request timeout unless given). Never throws: a failure
     * (no answer, a cut body, a ProtocolError) becomes an outcome of kind `error`.
     */
    async once(task, timeoutMs = this.options.requestTimeoutMs) {
        try {
            return await withDeadline(timeoutMs, task);
        }
        catch (error) {
            return { kind: 'error', error: this.describeFailure(error, timeoutMs) };
        }
    }
    /**
     * One request with the key. The key goes to the configured origin only: a URL elsewhere is refused
     * before anything is sent. A GET follows redirects within the origin; a POST (its body streamed
     * once) follows none.
     */
    async exchange(method, url, signal, body) {
        const target = new URL(url);
        if (target.origin !== this.origin) {
            body?.stream.destroy();
            throw new ProtocolError(`the service named a URL on another origin (${target.origin}); the API key is only sent to ${this.origin}, so it was not used`);
        }
        const headers = { 'x-apikey': this.options.apiKey, accept: 'application/json', 'accept-encoding': 'identity' };
        for (let redirects = 0;; redirects++) {
            const response = await this.http.send({ method, url, headers: body ? { ...headers, ...body.headers } : headers, body: body?.stream, maxBodyBytes: this.options.maxBodyBytes, signal });
            const { status } = response;
            if (status >= 300 && status < 400) {
                if (method === 'POST')
                    throw new ProtocolError(`the service answered the upload with a redirect (HTTP ${status}); an upload is not sent twice`);
                url = this.redirectTarget(url, response.headers.location, redirects);
                continue;
            }
            const encoding = response.headers['content-encoding'];
            if (encoding && !/^identity$/i.test(encoding.trim())) {
                throw new ProtocolError(`the body is compressed (content-encoding: ${parse_clip(redact(encoding.trim(), this.options.apiKey), 60)}), though the request asked for none (accept-encoding: identity)`);
            }
            return { status, headers: response.headers, body: response.body.toString('utf8'), url };
        }
    }
    /** A 200 answer as JSON (the key taken out), or a ProtocolError when it is not JSON. */
    json(answer) {
        const contentType = String(answer.headers['content-type'] ?? '');
        if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
            throw new ProtocolError(`the service answered ${answer.status} with content type ${describeValue(redact(contentType, this.options.apiKey) || 'none')}, not JSON`);
        }
        return this.parseAnswer(answer.body);
    }
    /**
     * What a non-success answer means: a refused key, a quota, a temporary failure, or something this
     * client cannot use. `said` is the service's own words, e.g. `HTTP 429 QuotaExceededError: …`.
     */
    failure(answer, parsed = tryParse(() => this.parseAnswer(answer.body))) {
        const { code, message: serviceMessage } = parseErrorBody(parsed);
        const detail = [code, serviceMessage].filter(Boolean).join(': ');
        const said = `HTTP ${answer.status}${detail ? ` ${detail}` : ''}`;
        const { status } = answer;
        const retryAfterText = answer.headers['retry-after'];
        const retryAfterMs = parseRetryAfter(retryAfterText);
        const retryAfter = retryAfterText === undefined ? '' : `; Retry-After: ${parse_clip(redact(retryAfterText.trim(), this.options.apiKey), 60)}`;
        const error = (kind, text) => ({ kind, status, message: this.redact(text, Infinity), ...(retryAfterMs !== null && { retryAfterMs }) });
        const kindOf = () => {
            if (status === 401 || status === 403) {
                return error('auth', `The service refused the API key (${said}). Check that the \`api-key\` secret is set, is a key of this provider, and has access to file reports.`);
            }
            if (status === 429)
                return error('quota', `The service's request quota is exhausted (${said}${retryAfter}).`);
            if (TRANSIENT_STATUSES.has(status))
                return error('transient', `The service failed temporarily (${said}).`);
            if (status === 404)
                return error('protocol', `${said} without NotFoundError: is \`api-url\` a VirusTotal v3 API?`);
            return error('protocol', `Unexpected answer from the service (${said}).`);
        };
        return { said: this.redact(said), code, error: kindOf() };
    }
    dispose() {
        this.http.dispose();
    }
    /** Replaces the key (in any case) wherever the service or a library repeats it back, then clips. */
    redact(text, max) {
        return parse_clip(redact(text, this.options.apiKey), max);
    }
    /** Only a redirect within the configured origin is followed: the key must not reach anyone else. */
    redirectTarget(from, location, redirects) {
        if (!location)
            throw new ProtocolError('the service answered a redirect without a Location');
        const target = new URL(location, from);
        if (target.origin !== this.origin) {
            throw new ProtocolError(`the service redirected to another origin (${target.origin}); the API key is only sent to ${this.origin}, so the redirect was refused`);
        }
        if (redirects >= MAX_SAME_ORIGIN_REDIRECTS)
            throw new ProtocolError('the service redirected too many times');
        return target.href;
    }
    classify(request, answer) {
        if (answer.status === 200)
            return { kind: 'found', report: request.parse(this.json(answer)) };
        const parsed = tryParse(() => this.parseAnswer(answer.body));
        // The common answer of a scan, an unknown hash, is settled before any message is built.
        if (answer.status === 404 && request.namesItem(parsed) && parseErrorBody(parsed).code === 'NotFoundError')
            return { kind: 'unknown' };
        const { said, code, error } = this.failure(answer, parsed);
        if (answer.status === 404 && code === 'NotFoundError')
            return { kind: 'unproven-unknown', said, url: this.redact(answer.url) };
        return { kind: 'error', error };
    }
    /**
     * JSON, with the key taken out of every text and name in it. After parsing, so a key the service
     * sent escaped (\u0033…) is decoded first, and before any clipping, so no part of it survives.
     */
    parseAnswer(body) {
        let parsed;
        try {
            parsed = parseJson(body);
        }
        catch {
            throw new ProtocolError('the body is not valid JSON');
        }
        return mayHoldSecret(body, this.options.apiKey) ? redactJson(parsed, this.options.apiKey) : parsed;
    }
    describeFailure(error, timeoutMs) {
        // Redacted before it is clipped: the transport quotes what the service sent whole, so no clip can cut a key in two first.
        if (error instanceof ProtocolError)
            return { kind: 'protocol', message: this.redact(`Invalid answer: ${error.message}.`, MAX_PROTOCOL_ERROR_TEXT) };
        if (error instanceof DeadlineError)
            return { kind: 'transient', message: `No complete answer within ${timeoutMs / 1000} s.` };
        if (error instanceof CutShortError)
            return { kind: 'transient', message: this.redact(`The answer was cut short: ${error.message}.`, Infinity) };
        const code = error.code;
        const text = this.redact(error instanceof Error ? error.message : String(error));
        // Node refuses a request it cannot send as asked (e.g. ERR_INVALID_CHAR in a header): no retry changes that.
        if (code?.startsWith('ERR_INVALID'))
            return { kind: 'protocol', message: this.redact(`The request could not be sent (${code}).`) };
        // A proxy's failure says what happened; one that refused (e.g. 407) or cannot be used is not retried.
        if (code?.startsWith('ERR_PROXY')) {
            const retryable = error.retryable !== false;
            return { kind: retryable ? 'transient' : 'protocol', message: `The service could not be reached through the proxy: ${text}.` };
        }
        return { kind: 'transient', message: `Could not reach the service (${this.redact(code ?? text)}).` };
    }
}
/**
 * Whether a string parsed from the JSON `body` can hold `secret`. Without \u escapes, JSON can only
 * write ", \, /, and control characters as escapes: a secret of none of these can then only appear
 * in a string as it appears in the text. Answers rarely hold the key, so most skip the walk below.
 */
function mayHoldSecret(body, secret) {
    return holdsSecret(body, secret) || body.includes('\\u') || /["\\/\u0000-\u001f]/.test(secret);
}
/** Every string in parsed JSON, object keys included, with `secret` redacted; changed in place, as it was parsed for this alone. */
function redactJson(value, secret) {
    if (typeof value === 'string')
        return redact(value, secret);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = redactJson(value[i], secret);
        return value;
    }
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
        return value;
    const object = value;
    const keys = Object.keys(object);
    // A key that holds the secret is renamed: the object is rebuilt, its order kept.
    if (keys.some((key) => holdsSecret(key, secret)))
        return Object.fromEntries(keys.map((key) => [redact(key, secret), redactJson(object[key], secret)]));
    for (const key of keys) {
        const item = object[key];
        const clean = redactJson(item, secret);
        if (clean !== item)
            object[key] = clean; // only a changed string: an own "__proto__" is then set as the own property it is
    }
    return object;
}
class DeadlineError extends Error {
}
/** Runs `task` with a deadline; on expiry its signal aborts, which tears its request and socket down. */
async function withDeadline(ms, task) {
    const abandon = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandon.abort();
            reject(new DeadlineError());
        }, ms);
    });
    try {
        return await Promise.race([task(abandon.signal), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The connection closed before the whole body arrived: a transient failure, asked again. */
class CutShortError extends Error {
}
function tryParse(parse) {
    try {
        return parse();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/http1.ts
// HTTP/1.1 on the wire, as the gate speaks it (RFC 9112): the head of a request, and a strict reader
// of one answer. node:http spent four to six times the CPU of the exchange itself on every lookup (a
// ClientRequest, an Agent's bookkeeping and an IncomingMessage stream each); a scan of many files is
// one short GET after another, so that cost was the scan's limit. Only what the service and proxies
// need is read, and anything else is refused with what it was, never guessed at: a body framed two
// ways, a folded or malformed header line, a length that is not a number.


/** The most the status line and headers (or the trailers) may take, as Node allows by default. */
const MAX_HEAD_BYTES = 16 * 1024;
/** A chunk-size line: a size and, rarely, extensions. */
const MAX_CHUNK_LINE_BYTES = 4 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const TOKEN = /^[!#$%&'*+.^_`|~\dA-Za-z-]+$/;
/** Header field values as sent: visible characters, spaces and tabs, no CR, LF or NUL. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const REQUEST_TARGET = /^[\x21-\x7e]+$/;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/;
const CHUNK_SIZE_LINE = /^([\dA-Fa-f]{1,12})[ \t]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
/** Fields an answer may repeat, read as one comma-separated list; of any other, the first counts. */
const LIST_FIELDS = new Set(['connection', 'content-encoding', 'transfer-encoding']);
/** A request Node's own client would also refuse to send (same code): a header or target with CR, LF or other characters it cannot carry. */
function invalidRequest(what) {
    return Object.assign(new TypeError(`Invalid character in ${what}`), { code: 'ERR_INVALID_CHAR' });
}
/**
 * The head of a request: request line, Host, then `headers` (names lower-case, as given). `chunked`
 * adds `transfer-encoding: chunked`, for a body of unknown length.
 */
function requestHead(method, target, host, headers, chunked = false) {
    if (!REQUEST_TARGET.test(target))
        throw invalidRequest('the request target');
    let head = `${method} ${target} HTTP/1.1\r\nhost: ${host}\r\n`;
    for (const name in headers) {
        const value = headers[name];
        if (!TOKEN.test(name))
            throw invalidRequest(`a header name ["${name}"]`);
        if (!FIELD_VALUE.test(value))
            throw invalidRequest(`header content ["${name}"]`);
        head += `${name}: ${value}\r\n`;
    }
    return `${head}${chunked ? 'transfer-encoding: chunked\r\n' : ''}\r\n`;
}
/**
 * Reads one answer from the bytes of a connection, as they arrive. `push` returns the answer once it
 * is complete, with whatever bytes came after it; `end` is called when the connection closes. Throws
 * ProtocolError for an answer that is not well-formed HTTP/1.1 or is over `maxBodyBytes`, and
 * CutShortError when the connection closes inside the body.
 */
class ResponseReader {
    maxBodyBytes;
    /** An answer to CONNECT: no body is read; after a 2xx, the bytes past its head belong to the tunnel. */
    tunnel;
    pending = null;
    head = null;
    state = 'length';
    /** Bytes still to read: of the body (`length`), or of the current chunk (`chunk-data`). */
    remaining = 0;
    declaredLength = -1;
    parts = [];
    received = 0;
    trailerBytes = 0;
    /** Whether any byte of the answer has arrived: a kept-alive connection closed before that can be retried. */
    started = false;
    constructor(maxBodyBytes, options = {}) {
        this.maxBodyBytes = maxBodyBytes;
        this.tunnel = options.tunnel ?? false;
    }
    /** The answer and the bytes after it once complete; null while more is to come. */
    push(chunk) {
        this.started = true;
        let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = null;
        while (this.head === null) {
            const end = data.indexOf(HEAD_END);
            if (end === -1)
                notHttp(data); // a peer that is not HTTP fails now, not at the socket timeout
            if ((end === -1 ? data.length : end) > MAX_HEAD_BYTES)
                throw new ProtocolError(`the answer's headers are over ${MAX_HEAD_BYTES / 1024} KiB`);
            if (end === -1) {
                this.pending = data;
                return null;
            }
            const head = parseHead(data.toString('latin1', 0, end));
            data = data.subarray(end + 4);
            if (head.status >= 100 && head.status < 200 && head.status !== 101)
                continue; // 100 Continue, 103 Early Hints: the answer follows
            this.head = head;
            const done = this.frame(head);
            if (done)
                return { response: this.response(), rest: data };
        }
        return this.readBody(data);
    }
    /** The connection closed: the answer, when it was to end with the connection; otherwise throws. */
    end() {
        if (this.head === null) {
            throw Object.assign(new Error(this.started ? 'the connection closed inside the headers of the answer' : 'socket hang up'), { code: 'ECONNRESET' });
        }
        if (this.state === 'until-close')
            return this.response();
        const of = this.declaredLength >= 0 ? `of ${this.declaredLength} ` : '';
        throw new CutShortError(`${this.received} ${of}bytes arrived before the connection closed`);
    }
    /** Decides how the body is framed; true when there is none to read. */
    frame(head) {
        const { status, headers } = head;
        // An answer to CONNECT: a 2xx has no body, the bytes after its head are the tunnel's; any other ends the connection unread.
        if (this.tunnel)
            return true;
        if (status === 101)
            throw new ProtocolError('the service switched protocols (HTTP 101), though none was asked for');
        if (status === 204 || status === 304)
            return true;
        const transferEncoding = headers['transfer-encoding'];
        const contentLength = headers['content-length'];
        if (transferEncoding !== undefined) {
            // Two framings at once is how requests are smuggled past proxies: refused, not resolved.
            if (contentLength !== undefined)
                throw new ProtocolError('the answer is framed twice (transfer-encoding and content-length)');
            if (transferEncoding.toLowerCase() !== 'chunked')
                throw new ProtocolError(`the answer's transfer-encoding is ${JSON.stringify(transferEncoding)}; only chunked is read`);
            this.state = 'chunk-size';
            return false;
        }
        if (contentLength !== undefined) {
            if (!/^\d{1,15}$/.test(contentLength))
                throw new ProtocolError(`the answer's content-length ${JSON.stringify(contentLength)} is not a number of bytes`);
            const length = Number(contentLength);
            if (length > this.maxBodyBytes)
                throw new ProtocolError(`the answer is ${length} bytes (content-length), over the ${this.maxBodyBytes}-byte limit`);
            this.declaredLength = length;
            this.remaining = length;
            this.state = 'length';
            return length === 0;
        }
        head.keepAlive = false; // the body ends when the connection does
        this.state = 'until-close';
        return false;
    }
    readBody(data) {
        let at = 0;
        while (at < data.length) {
            switch (this.state) {
                case 'until-close':
                    this.take(data.subarray(at));
                    return null;
                case 'length':
                case 'chunk-data': {
                    const size = Math.min(this.remaining, data.length - at);
                    this.take(data.subarray(at, at + size));
                    at += size;
                    this.remaining -= size;
                    if (this.remaining > 0)
                        break;
                    if (this.state === 'length')
                        return { response: this.response(), rest: data.subarray(at) };
                    this.state = 'chunk-end';
                    break;
                }
                case 'chunk-end': {
                    if (data.length - at < 2) {
                        this.pending = data.subarray(at);
                        return null;
                    }
                    if (data[at] !== 13 || data[at + 1] !== 10)
                        throw new ProtocolError('a chunk of the answer does not end where its size says');
                    at += 2;
                    this.state = 'chunk-size';
                    break;
                }
                case 'chunk-size':
                case 'trailers': {
                    const lineEnd = data.indexOf(CRLF, at);
                    const limit = this.state === 'chunk-size' ? MAX_CHUNK_LINE_BYTES : MAX_HEAD_BYTES;
                    if (lineEnd === -1) {
                        if (data.length - at > limit)
                            throw new ProtocolError('a chunk-size or trailer line of the answer is too long');
                        this.pending = data.subarray(at);
                        return null;
                    }
                    const line = data.toString('latin1', at, lineEnd);
                    at = lineEnd + 2;
                    if (this.state === 'trailers') {
                        if (line === '')
                            return { response: this.response(), rest: data.subarray(at) }; // trailers are not used
                        this.trailerBytes += line.length + 2;
                        if (this.trailerBytes > MAX_HEAD_BYTES)
                            throw new ProtocolError(`the answer's trailers are over ${MAX_HEAD_BYTES / 1024} KiB`);
                        continue;
                    }
                    const size = CHUNK_SIZE_LINE.exec(line);
                    if (!size)
                        throw new ProtocolError(`a chunk size of the answer reads ${JSON.stringify(line)}`);
                    this.remaining = parseInt(size[1], 16);
                    if (this.received + this.remaining > this.maxBodyBytes)
                        this.overLimit();
                    this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
                    break;
                }
            }
        }
        return null;
    }
    take(part) {
        if (part.length === 0)
            return;
        this.received += part.length;
        if (this.received > this.maxBodyBytes)
            this.overLimit();
        this.parts.push(part);
    }
    overLimit() {
        throw new ProtocolError(`the answer is over the ${this.maxBodyBytes}-byte limit`);
    }
    response() {
        const body = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
        return { ...this.head, body };
    }
}
/** Throws once the first bytes of an answer still to come show it is not HTTP/1.x: another protocol's greeting, or lines ended by a bare LF. */
function notHttp(data) {
    const lineEnd = data.indexOf(10); // \n
    const first = data.toString('latin1', 0, lineEnd === -1 ? Math.min(data.length, 5) : lineEnd + 1);
    if (!'HTTP/'.startsWith(first.slice(0, 5)) || (lineEnd !== -1 && (data[lineEnd - 1] !== 13 || !STATUS_LINE.test(first.slice(0, -2))))) {
        throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(first.replace(/\r?\n$/, ''))})`);
    }
}
/** The status line and header lines of an answer (its head without the blank line). */
function parseHead(text) {
    const lines = text.split('\r\n');
    const statusLine = STATUS_LINE.exec(lines[0]);
    if (!statusLine)
        throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(lines[0])})`);
    const headers = Object.create(null); // a header named __proto__ is just a header
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        // No folded lines (obsolete), no space before the colon, no bare CR or LF: each has been used to hide a header from one reader and show it to another.
        if (colon <= 0 || !TOKEN.test(name))
            throw new ProtocolError(`a header line of the answer is malformed (${JSON.stringify(line)})`);
        const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
        if (!FIELD_VALUE.test(value))
            throw new ProtocolError(`the answer's header ${name} holds a control character`);
        const earlier = headers[name];
        if (earlier === undefined)
            headers[name] = value;
        else if (name === 'content-length') {
            if (value !== earlier)
                throw new ProtocolError('the answer declares two different content-lengths');
        }
        else if (LIST_FIELDS.has(name))
            headers[name] = `${earlier}, ${value}`;
    }
    const version = statusLine[1];
    const connection = (headers.connection ?? '').toLowerCase();
    const keepAlive = version === '1' ? !/(?:^|,)\s*close\s*(?:,|$)/.test(connection) : /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection);
    return { status: Number(statusLine[2]), statusText: statusLine[3] ?? '', headers, keepAlive };
}

;// CONCATENATED MODULE: ./src/adapters/proxy.ts
// Which proxy a request to the service goes through, from the variables runners and shells set.
// The rules are @actions/http-client's, which every other action on a runner follows: https_proxy
// (or HTTPS_PROXY) for https URLs, http_proxy (or HTTP_PROXY) for http ones, the lower-case name
// first; no_proxy (or NO_PROXY) lists hosts that go direct (`*`, a host, host:port, a domain with or
// without its leading dot, which covers its subdomains); a loopback host is never proxied.
// Node's own proxy support (http.Agent `proxyEnv`, Node 24.5 and later) reads no_proxy otherwise
// (no subdomains without a leading dot, loopback proxied), so it is not used.
/** A proxy variable that names no usable proxy. Its message names the variable, never the credentials. */
class ProxySettingError extends Error {
    code = 'ERR_PROXY_INVALID_CONFIG';
    retryable = false;
}
/** The proxy for `target`, or null when it goes direct. Throws ProxySettingError for a variable that cannot be used. */
function proxyFor(target, variables) {
    if (!target.hostname || isLoopback(target.hostname) || bypassed(target, variables.no_proxy || variables.NO_PROXY || ''))
        return null;
    const [name, value] = target.protocol === 'https:' ? pick(variables, 'https_proxy', 'HTTPS_PROXY') : pick(variables, 'http_proxy', 'HTTP_PROXY');
    return value ? parseProxy(name, value) : null;
}
function pick(variables, lower, upper) {
    return variables[lower] ? [lower, variables[lower]] : [upper, variables[upper]];
}
/** A proxy URL; one without a scheme (`proxy.corp:3128`) is taken as http://. */
function parseProxy(name, value) {
    const text = /^[a-z][a-z\d+.-]*:\/\//i.test(value.trim()) ? value.trim() : `http://${value.trim()}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProxySettingError(`${name} is not a URL (it should read like http://proxy.example:3128)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ProxySettingError(`${name} names a ${url.protocol.slice(0, -1)} proxy; only http:// and https:// proxies are supported`);
    }
    if (!url.hostname)
        throw new ProxySettingError(`${name} names no proxy host (it should read like http://proxy.example:3128)`);
    const credentials = url.username || url.password ? `${decode(url.username)}:${decode(url.password)}` : undefined;
    return {
        protocol: url.protocol,
        host: bareHost(url.hostname),
        port: Number(url.port) || defaultPort(url),
        ...(credentials !== undefined && { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` }),
        display: url.host,
    };
}
/** Percent-decoded, as curl and @actions/http-client send them; a stray `%` is kept as it is. */
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** "[2001:db8::1]" → "2001:db8::1"; any other host as it is. */
function bareHost(host) {
    return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}
/** The port a URL without one means: 443 for https, 80 otherwise. */
function defaultPort(url) {
    return url.protocol === 'https:' ? 443 : 80;
}
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
/** Whether no_proxy sends `target` direct: `*`, the host or host:port, or a domain it is under. */
function bypassed(target, noProxy) {
    const port = target.port || String(defaultPort(target));
    const host = target.hostname.toUpperCase();
    const names = [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((item) => item.trim().toUpperCase())
        .filter(Boolean)
        .some((item) => item === '*' || names.some((name) => name === item || name.endsWith(item.startsWith('.') ? item : `.${item}`)));
}

;// CONCATENATED MODULE: ./src/adapters/http.ts
// The core's HTTP port, shared by both front doors: HTTP/1.1 (src/adapters/http1.ts) over node:net and
// node:tls, kept-alive connections per route, HTTP CONNECT tunnels through a proxy (src/adapters/proxy.ts
// says which), no redirects and no retries (the core's client does both, with the key's safety in
// mind). One connection carries one exchange at a time; the core decides how many run at once.



/** The transport factory for the core; `proxyVariables` come from the front door (process.env there). */
function httpTransport(proxyVariables) {
    return ({ userAgent, socketTimeoutMs }) => new SocketTransport(userAgent, socketTimeoutMs, proxyVariables);
}
/** A proxy that could not be reached or refused the tunnel. `retryable` is false when it answered 4xx: asking again changes nothing. */
class ProxyTunnelError extends Error {
    code = 'ERR_PROXY_TUNNEL';
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
class SocketTransport {
    /** Kept-alive connections waiting for a request, by route, the most recently used last. */
    idle = new Map();
    /** Every open connection and every tunnel being opened: dispose() closes them all. */
    sockets = new Set();
    /** After dispose(), nothing is sent, not even a retry already under way. */
    disposed = false;
    userAgent;
    socketTimeoutMs;
    proxyVariables;
    constructor(userAgent, socketTimeoutMs, proxyVariables) {
        this.userAgent = userAgent;
        this.socketTimeoutMs = socketTimeoutMs;
        this.proxyVariables = proxyVariables;
    }
    async send(request) {
        const target = new URL(request.url);
        const route = this.routeFor(target);
        const head = requestHead(request.method, target.pathname + target.search, target.host, { ...request.headers, 'user-agent': this.userAgent }, request.body !== undefined && request.headers['content-length'] === undefined);
        // A kept-alive connection the server closed just as it was picked answers nothing: a GET goes again on a new one.
        for (;;) {
            stillWanted(request.signal, this.disposed);
            const reused = this.takeIdle(route);
            const connection = reused ?? (await this.connect(route, target, request.signal));
            try {
                return await this.exchange(connection, head, request);
            }
            catch (error) {
                if (!(reused && request.body === undefined && error instanceof NoAnswer))
                    throw error instanceof NoAnswer ? error.cause : error;
            }
        }
    }
    dispose() {
        this.disposed = true;
        for (const socket of this.sockets)
            socket.destroy();
        this.sockets.clear();
        this.idle.clear();
    }
    routeFor(target) {
        const secure = target.protocol === 'https:';
        const host = bareHost(target.hostname);
        const port = Number(target.port) || defaultPort(target);
        const proxy = proxyFor(target, this.proxyVariables);
        const via = proxy ? `${proxy.protocol}//${proxy.display} ${proxy.authorization ?? ''}` : 'direct';
        return { key: `${target.protocol}//${target.host} via ${via}`, secure, host, port, proxy };
    }
    takeIdle(route) {
        const waiting = this.idle.get(route.key);
        let connection = waiting?.pop();
        // One the server has half-closed (its FIN read) cannot carry a request, least of all an upload.
        while (connection && (connection.socket.destroyed || !connection.socket.writable || connection.socket.readableEnded))
            connection = waiting?.pop();
        connection?.socket.ref();
        return connection;
    }
    /** Sends `head` (and the body) on `connection` and reads the answer; the connection is kept for reuse when the answer allows. */
    exchange(connection, head, request) {
        const { socket } = connection;
        const { body, signal } = request;
        return new Promise((resolve, reject) => {
            let sending = body !== undefined;
            const onAbort = () => exchange.settle(abortReason(signal));
            const exchange = {
                reader: new ResponseReader(request.maxBodyBytes),
                settle: (error, response, rest) => {
                    if (connection.exchange !== exchange)
                        return;
                    connection.exchange = null;
                    signal.removeEventListener('abort', onAbort);
                    body?.destroy();
                    if (error) {
                        socket.destroy();
                        // Nothing of an answer came on a reused connection: the caller may try a new one (not after an abort).
                        reject(exchange.reader.started || signal.aborted ? error : new NoAnswer(error));
                        return;
                    }
                    // Bytes past the answer, a body still being sent, or a connection the server closes: not reused.
                    if (response.keepAlive && rest.length === 0 && !sending)
                        this.release(connection);
                    else
                        socket.destroy();
                    resolve({ status: response.status, headers: response.headers, body: response.body });
                },
            };
            if (signal.aborted) {
                socket.destroy();
                reject(abortReason(signal));
                return;
            }
            connection.exchange = exchange;
            signal.addEventListener('abort', onAbort, { once: true });
            socket.write(head, 'latin1');
            if (body) {
                sendBody(socket, body, request.headers['content-length']).then(() => (sending = false), (error) => exchange.settle(error));
            }
        });
    }
    /** Keeps an answered connection for the next request of its route; idle, it holds no process open. */
    release(connection) {
        connection.socket.unref();
        const waiting = this.idle.get(connection.route.key);
        if (waiting)
            waiting.push(connection);
        else
            this.idle.set(connection.route.key, [connection]);
    }
    /** A new connection for `route`: TCP (or TLS) to the service, or a tunnel through the proxy with TLS inside. */
    async connect(route, target, signal) {
        let tunnel;
        if (route.proxy) {
            tunnel = await this.openTunnel(route.proxy, `${target.hostname}:${route.port}`, signal);
            if (signal.aborted || this.disposed) {
                tunnel.destroy();
                stillWanted(signal, this.disposed);
            }
            if (!route.secure)
                return this.adopt(tunnel, route);
        }
        else if (!route.secure) {
            return this.adopt((0,external_node_net_.connect)({ host: route.host, port: route.port }), route);
        }
        // `host` is also the name the certificate is checked against (a tunnel's socket has none of its own).
        const socket = process.getBuiltinModule('node:tls').connect({
            ...(tunnel ? { socket: tunnel } : { port: route.port }),
            host: route.host,
            servername: serverName(route.host),
            ALPNProtocols: ['http/1.1'],
        });
        return this.adopt(socket, route);
    }
    /** Wires `socket`'s events to whichever exchange it carries: one set of listeners for its whole life. */
    adopt(socket, route) {
        const connection = { socket, route, exchange: null };
        this.sockets.add(socket);
        socket.setNoDelay(true);
        socket.resume(); // a tunnel's socket comes paused, its first bytes put back
        // A socket silent this long is given up, whatever the caller's own deadline; an idle one is just closed.
        socket.setTimeout(this.socketTimeoutMs, () => {
            connection.exchange?.settle(Object.assign(new Error(`no data for ${this.socketTimeoutMs / 1000} s`), { code: 'ETIMEDOUT' }));
            socket.destroy();
        });
        socket.on('data', (chunk) => {
            const exchange = connection.exchange;
            if (!exchange) {
                socket.destroy(); // bytes nobody asked for: the connection cannot be trusted to frame the next answer
                return;
            }
            try {
                const done = exchange.reader.push(chunk);
                if (done)
                    exchange.settle(null, done.response, done.rest);
            }
            catch (error) {
                exchange.settle(error);
            }
        });
        socket.on('end', () => {
            const exchange = connection.exchange;
            if (!exchange) {
                socket.destroy(); // closed by the server while idle: never to be picked again
                return;
            }
            try {
                exchange.settle(null, { ...exchange.reader.end(), keepAlive: false }, Buffer.alloc(0));
            }
            catch (error) {
                exchange.settle(error);
            }
        });
        socket.on('error', (error) => connection.exchange?.settle(error));
        socket.on('close', () => {
            this.sockets.delete(socket);
            connection.exchange?.settle(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
        });
        return connection;
    }
    /** Asks `proxy` for a tunnel to `authority` (host:port) and resolves with the tunnel's socket. */
    openTunnel(proxy, authority, signal) {
        return new Promise((resolve, reject) => {
            const options = { host: proxy.host, port: proxy.port };
            // An https:// proxy's certificate is checked against its own name. No SNI for an address.
            const socket = proxy.protocol === 'https:' ? process.getBuiltinModule('node:tls').connect({ ...options, servername: serverName(proxy.host) }) : (0,external_node_net_.connect)(options);
            this.sockets.add(socket);
            const reader = new ResponseReader(0, { tunnel: true });
            const finish = (error, rest) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                socket.removeListener('data', onData).removeListener('error', onError).removeListener('close', onClose);
                this.sockets.delete(socket);
                if (error) {
                    socket.destroy();
                    reject(error);
                    return;
                }
                // Paused until the connection's own listeners are on, so bytes after the answer are not lost.
                socket.pause();
                if (rest && rest.length > 0)
                    socket.unshift(rest);
                resolve(socket);
            };
            const onAbort = () => finish(abortReason(signal));
            const onData = (chunk) => {
                let done;
                try {
                    done = reader.push(chunk);
                }
                catch (error) {
                    finish(new ProxyTunnelError(`the proxy ${proxy.display} answered the request for a tunnel with something else than HTTP (${error.message})`, true));
                    return;
                }
                if (!done)
                    return;
                const { status, statusText } = done.response;
                if (status < 200 || status > 299) {
                    const said = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
                    finish(new ProxyTunnelError(`the proxy ${proxy.display} refused the tunnel to ${authority} (${said})`, status < 400 || status > 499));
                    return;
                }
                finish(null, done.rest);
            };
            const onError = (error) => finish(new ProxyTunnelError(`could not reach the proxy ${proxy.display} (${error.code ?? error.message})`, true));
            const onClose = () => finish(new ProxyTunnelError(`the proxy ${proxy.display} closed the connection before answering the request for a tunnel`, true));
            const timer = setTimeout(() => finish(new ProxyTunnelError(`the proxy ${proxy.display} did not answer the request for a tunnel within ${this.socketTimeoutMs / 1000} s`, true)), this.socketTimeoutMs);
            socket.on('data', onData).on('error', onError).on('close', onClose);
            signal.addEventListener('abort', onAbort, { once: true });
            const headers = proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {};
            socket.write(requestHead('CONNECT', authority, authority, headers), 'latin1');
        });
    }
}
function abortReason(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('the request was aborted');
}
/** Throws when the caller gave the request up, or the transport was disposed of: nothing more is sent. */
function stillWanted(signal, disposed) {
    if (signal.aborted)
        throw abortReason(signal);
    if (disposed)
        throw Object.assign(new Error('the HTTP transport was closed'), { code: 'ERR_TRANSPORT_CLOSED' });
}
/** No answer at all on a connection: wraps why, so a reused connection's request can go again on a new one. */
class NoAnswer extends Error {
    cause;
    constructor(cause) {
        super(cause.message);
        this.cause = cause;
    }
}
/**
 * Writes `body` after the head as it is read, never held whole, waiting when the socket is full. With
 * a declared length, exactly that many bytes: more or fewer is an error, never a request cut wrong.
 * Without one, chunked.
 */
async function sendBody(socket, body, declared) {
    const length = declared === undefined ? -1 : Number(declared);
    let sent = 0;
    for await (const piece of body) {
        if (socket.destroyed)
            return;
        // Counted in bytes, whatever the stream yields; an empty chunk would read as the body's end.
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        if (chunk.length === 0)
            continue;
        sent += chunk.length;
        if (length >= 0 && sent > length)
            throw new Error(`the request body is longer than its content-length (${length} bytes)`);
        let written;
        if (length >= 0)
            written = socket.write(chunk);
        else {
            socket.cork();
            socket.write(`${chunk.length.toString(16)}\r\n`);
            socket.write(chunk);
            written = socket.write('\r\n');
            socket.uncork();
        }
        if (!written)
            await drained(socket);
    }
    if (length >= 0 && sent !== length)
        throw new Error(`the request body ended after ${sent} of its ${length} bytes`);
    if (length < 0)
        socket.write('0\r\n\r\n');
}
function drained(socket) {
    return new Promise((resolve) => {
        const done = () => {
            socket.removeListener('drain', done).removeListener('close', done);
            resolve();
        };
        socket.on('drain', done).on('close', done);
    });
}
/** The TLS server name for `host`: none for an IP address, which SNI cannot carry. */
function serverName(host) {
    return (0,external_node_net_.isIP)(host) === 0 ? host : undefined;
}

;// CONCATENATED MODULE: ./src/core/archives/limits.ts
// The limits of opening archives, with safe defaults: a zip bomb, a quine or a huge archive ends as
// a clear status, never unbounded time or memory.
const MIB = 1024 * 1024;
const DEFAULT_ARCHIVE_LIMITS = {
    maxDepth: 3,
    maxMembers: 10_000,
    maxMemberBytes: 2048 * MIB,
    maxTotalBytes: 8192 * MIB,
    maxRatio: 200,
    maxNestedBytes: 64 * MIB,
};
/** Small members compress arbitrarily well (a page of zeros): the ratio counts only past this size. */
const RATIO_FLOOR_BYTES = MIB;
function ratioExceeded(expanded, compressed, maxRatio) {
    return expanded > RATIO_FLOOR_BYTES && expanded > maxRatio * Math.max(compressed, 1);
}

;// CONCATENATED MODULE: ./src/core/providers.ts
const PROVIDERS = {
    virustotal: {
        name: 'VirusTotal',
        apiUrl: 'https://www.virustotal.com/api/v3',
        // Free VirusTotal keys allow 4 lookups a minute.
        requestsPerMinute: 4,
        quotaHint: 'A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
        reportLink: (sha256) => `https://www.virustotal.com/gui/file/${sha256}`,
        analysisLink: (analysisId) => `https://www.virustotal.com/gui/file-analysis/${encodeURIComponent(analysisId)}`,
    },
    reversinglabs: {
        name: 'ReversingLabs',
        apiUrl: 'https://data.reversinglabs.com/api/v3',
        // ReversingLabs keys are not paced by default.
        requestsPerMinute: 0,
        quotaHint: "Set `requests-per-minute` to your ReversingLabs account's rate limit, or ask ReversingLabs for a larger quota.",
        reportLink: () => null,
    },
};
/** The provider's web page for a hash; null where the provider has no public page to link. */
function reportLink(provider, sha256) {
    return PROVIDERS[provider].reportLink(sha256);
}
/** The provider's web page for an analysis; null where the provider has none. */
function analysisLink(provider, analysisId) {
    return PROVIDERS[provider].analysisLink?.(analysisId) ?? null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/core/verdict-cache.ts
// What the service said, kept between runs so an unchanged re-scan costs no requests. Only answers
// are kept (a report, or "never seen"), with when they were fetched, scoped to the provider and the
// api-url origin: never the key, never an error, never a verdict. Every entry read back is validated
// as a fresh answer is (parseFileReport), and every reuse is judged again by the current policy.
// URL answers are kept the same way, apart from the files' and under the SHA-256 of the URL, never the
// URL itself: a URL may hold a token, and the cache is stored where others may read it.


const CACHE_SCHEMA = 'artifact-reputation-gate/verdict-cache';
const CACHE_SCHEMA_VERSION = 1;
const HOUR_MS = 3_600_000;
/** A fetch time this far ahead of the clock is not a clock's skew but a forged or broken entry. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
function cacheScope(provider, apiUrl) {
    const origin = new URL(apiUrl).origin;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${provider}\n${origin}`).digest('hex').slice(0, 16);
    return { provider, origin, key: `${provider}-${digest}` };
}
/** What a URL's answer is kept under: the SHA-256 of the URL exactly as given (and looked up). */
function urlCacheKey(url) {
    return (0,external_node_crypto_.createHash)('sha256').update(url, 'utf8').digest('hex');
}
/** Hours from an input to milliseconds. */
function hoursToMs(hours) {
    return hours * HOUR_MS;
}
/** The answers of one kind (files' or URLs'), by key: those loaded, those fetched, and what this run reused. */
class Shelf {
    loaded = new Map();
    fetched = new Map();
    reusedAt = new Map();
    lookedUp = 0;
    reuse(key, options, now, kinds) {
        const answer = this.loaded.get(key);
        if (answer === undefined || !kinds.includes(answer.kind) || !isFresh(answer, options, now))
            return null;
        this.reusedAt.set(key, answer.fetchedAt);
        return answer.kind === 'found' ? { kind: 'found', report: answer.report, cachedAt: answer.fetchedAt } : { kind: 'unknown', cachedAt: answer.fetchedAt };
    }
    /** Keeps a report or "never seen"; errors (and whatever `keep` refuses) are counted, not kept. */
    record(key, outcome, fetchedAt, keep = () => true) {
        this.lookedUp++;
        if (outcome.kind === 'found' && outcome.report !== undefined && keep(outcome.report))
            this.fetched.set(key, { kind: 'found', report: outcome.report, fetchedAt });
        else if (outcome.kind === 'unknown')
            this.fetched.set(key, { kind: 'unknown', fetchedAt });
    }
    /** What to write back: every loaded answer still fresh, then what was fetched. */
    kept(options, now) {
        const entries = new Map();
        for (const [key, answer] of this.loaded)
            if (isFresh(answer, options, now))
                entries.set(key, answer);
        for (const [key, answer] of this.fetched)
            entries.set(key, answer);
        return entries;
    }
}
/**
 * The entries of one scope for one run: loaded once, asked per hash (or URL), recorded per answer,
 * and written back with what is still fresh.
 */
class VerdictCache {
    files = new Shelf();
    urls = new Shelf();
    problems = [];
    scope;
    options;
    store;
    log;
    constructor(scope, options, store, log) {
        [this.scope, this.options, this.store, this.log] = [scope, options, store, log];
    }
    /** Reads the store; a store that fails, or text that is not a trusted cache of this scope, leaves it empty. */
    async load(now = new Date()) {
        let text;
        try {
            text = await this.store.load(this.scope);
        }
        catch (error) {
            return this.problem(`The verdict cache could not be restored (${messageOf(error)}); every hash is looked up.`);
        }
        if (text === null)
            return this.log.debug('No verdict cache to restore for this provider and api-url.');
        try {
            const { files, urls } = decodeCacheEntries(text, this.scope, now);
            for (const [sha256, answer] of files)
                this.files.loaded.set(sha256, answer);
            for (const [key, answer] of urls)
                this.urls.loaded.set(key, answer);
            this.log.debug(`Restored ${this.files.loaded.size} cached answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''}.`);
        }
        catch (error) {
            if (!(error instanceof CacheFormatError))
                throw error;
            this.problem(`The verdict cache was ignored, not trusted: ${error.message}. Every hash is looked up.`);
        }
    }
    /** The cached answer for a hash when it is of a kind asked for and young enough to reuse, as a lookup outcome; null otherwise. */
    reuse(sha256, now = new Date(), kinds = ['found', 'unknown']) {
        return this.files.reuse(sha256, this.options, now, kinds);
    }
    /** Keeps what the service just answered; errors are never kept. */
    record(sha256, outcome, fetchedAt = new Date()) {
        this.files.record(sha256, outcome, fetchedAt);
    }
    /** The cached answer for a URL (as given), under the same freshness rules as a hash's; null when there is none to reuse. */
    reuseUrl(url, now = new Date()) {
        return this.urls.reuse(urlCacheKey(url), this.options, now, ['found', 'unknown']);
    }
    /**
     * Keeps what the service just answered for a URL. A report whose id is not the service's SHA-256 (it
     * may then be the URL's own base64url) is not kept, so the URL never reaches the cache.
     */
    recordUrl(url, outcome, fetchedAt = new Date()) {
        this.urls.record(urlCacheKey(url), outcome, fetchedAt, (report) => SHA256.test(report.id));
    }
    /** Writes what was fetched, with every loaded answer still fresh, back to the store; a failure warns. */
    async save(now = new Date()) {
        const files = this.files.kept(this.options, now);
        const urls = this.urls.kept(this.options, now);
        const unchanged = (shelf, kept) => shelf.fetched.size === 0 && kept.size === shelf.loaded.size;
        if (unchanged(this.files, files) && unchanged(this.urls, urls))
            return this.log.debug('Nothing new to cache.');
        try {
            await this.store.save(this.scope, encodeCache(this.scope, files, urls));
            this.log.debug(`Saved ${files.size} answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''} to the verdict cache.`);
        }
        catch (error) {
            this.problem(`The verdict cache could not be saved (${messageOf(error)}); the next run looks these hashes up again.`);
        }
    }
    use() {
        const times = [...this.files.reusedAt.values(), ...this.urls.reusedAt.values()].map((date) => date.getTime());
        const urls = { reused: this.urls.reusedAt.size, lookedUp: this.urls.lookedUp };
        return {
            reused: this.files.reusedAt.size,
            lookedUp: this.files.lookedUp,
            ...(urls.reused + urls.lookedUp > 0 && { urls }),
            oldestFetchedAt: times.length === 0 ? null : new Date(Math.min(...times)),
            problems: [...this.problems],
        };
    }
    problem(message) {
        this.problems.push(message);
        this.log.warning(message);
    }
}
const SHA256 = /^[0-9a-f]{64}$/;
function isFresh(answer, options, now) {
    const maxAge = answer.kind === 'found' ? options.maxAgeMs : options.unknownMaxAgeMs;
    return maxAge > 0 && now.getTime() - answer.fetchedAt.getTime() <= maxAge;
}
/** A cache text that is not a trusted cache of this scope; the message says what is wrong. */
class CacheFormatError extends Error {
    name = 'CacheFormatError';
}
/**
 * The cache as text. A report is kept in the service's own shape, cut to the fields parseFileReport
 * reads, so that loading it is validating a fresh answer.
 */
function encodeCache(scope, entries, urlEntries = new Map()) {
    const urls = urlEntries.size > 0 ? { urls: encodeEntries(urlEntries, urlReportBody) } : {};
    return `${JSON.stringify({ schema: CACHE_SCHEMA, version: CACHE_SCHEMA_VERSION, provider: scope.provider, origin: scope.origin, entries: encodeEntries(entries, reportBody), ...urls })}\n`;
}
function encodeEntries(entries, body) {
    const encoded = {};
    for (const [key, answer] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
        encoded[key] =
            answer.kind === 'found' ? { fetchedAt: answer.fetchedAt.toISOString(), answer: 'found', report: body(answer.report) } : { fetchedAt: answer.fetchedAt.toISOString(), answer: 'unknown' };
    }
    return encoded;
}
/** Reads the files' answers of a cache text of this scope; throws CacheFormatError on anything not proven right. */
function decodeCache(text, scope, now) {
    return decodeCacheEntries(text, scope, now).files;
}
/**
 * Reads a cache text of this scope: the files' answers (`entries`, by SHA-256) and the URLs' (`urls`, by
 * urlCacheKey; absent in caches written before URLs were kept). Throws CacheFormatError on anything not proven right.
 */
function decodeCacheEntries(text, scope, now) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new CacheFormatError(`it is not JSON (${messageOf(error)})`);
    }
    if (!verdict_cache_isObject(parsed) || parsed.schema !== CACHE_SCHEMA)
        throw new CacheFormatError(`it is not a ${CACHE_SCHEMA} file`);
    if (parsed.version !== CACHE_SCHEMA_VERSION)
        throw new CacheFormatError(`it has version ${JSON.stringify(parsed.version)}; this gate reads version ${CACHE_SCHEMA_VERSION}`);
    if (parsed.provider !== scope.provider || parsed.origin !== scope.origin) {
        throw new CacheFormatError(`it holds answers of ${JSON.stringify(parsed.provider)} at ${JSON.stringify(parsed.origin)}, not of ${scope.provider} at ${scope.origin}`);
    }
    if (!verdict_cache_isObject(parsed.entries))
        throw new CacheFormatError('it has no entries');
    if (parsed.urls !== undefined && !verdict_cache_isObject(parsed.urls))
        throw new CacheFormatError('its urls are not an object of entries');
    return {
        files: decodeEntries(parsed.entries, 'entry', now, (body, sha256) => parseFileReport(body, sha256)),
        urls: decodeEntries(parsed.urls ?? {}, 'URL entry', now, (body) => parseCachedUrlReport(body)),
    };
}
/** One kind of entries, each named by a lower-case SHA-256 (a file's, or a URL's urlCacheKey), its report read by `parse`. */
function decodeEntries(entries, noun, now, parse) {
    const answers = new Map();
    for (const [key, entry] of Object.entries(entries)) {
        const where = `${noun} ${JSON.stringify(key.slice(0, 80))}`;
        if (!SHA256.test(key))
            throw new CacheFormatError(`${where} is not named by a lower-case SHA-256`);
        if (!verdict_cache_isObject(entry))
            throw new CacheFormatError(`${where} is not an object`);
        const fetchedAt = typeof entry.fetchedAt === 'string' ? new Date(entry.fetchedAt) : new Date(Number.NaN);
        if (Number.isNaN(fetchedAt.getTime()) || fetchedAt.toISOString() !== entry.fetchedAt)
            throw new CacheFormatError(`${where} has no valid fetchedAt time`);
        if (fetchedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
            throw new CacheFormatError(`${where} was fetched in the future (${entry.fetchedAt})`);
        if (entry.answer === 'unknown') {
            answers.set(key, { kind: 'unknown', fetchedAt });
        }
        else if (entry.answer === 'found') {
            try {
                answers.set(key, { kind: 'found', report: parse(entry.report, key), fetchedAt });
            }
            catch (error) {
                if (!(error instanceof ProtocolError))
                    throw error;
                throw new CacheFormatError(`${where} is not a valid report: ${error.message}`);
            }
        }
        else {
            throw new CacheFormatError(`${where} has answer ${JSON.stringify(entry.answer)}, neither "found" nor "unknown"`);
        }
    }
    return answers;
}
/** A v3 file report body that parseFileReport reads back as exactly `report`. */
function reportBody(report) {
    return {
        data: {
            id: report.sha256,
            type: 'file',
            attributes: {
                sha256: report.sha256,
                ...analysisAttributes(report),
                ...(report.suggestedThreatLabel !== null && { popular_threat_classification: { suggested_threat_label: report.suggestedThreatLabel } }),
            },
        },
    };
}
/** A v3 URL report body that parseCachedUrlReport reads back as exactly `report`: without the URL. */
function urlReportBody(report) {
    return { data: { id: report.id, type: 'url', attributes: { ...analysisAttributes(report), threat_names: report.threatNames, categories: report.categories } } };
}
/** What file and URL reports share, in the service's shape: the stats, the engines that flag, the dates. */
function analysisAttributes(report) {
    const { stats } = report;
    const named = stats.malicious + stats.suspicious + stats.undetected + stats.harmless + stats.timeout + stats.failure + stats.typeUnsupported;
    const seconds = (date) => (date === null ? null : Math.round(date.getTime() / 1000));
    return {
        last_analysis_stats: {
            malicious: stats.malicious,
            suspicious: stats.suspicious,
            undetected: stats.undetected,
            harmless: stats.harmless,
            timeout: stats.timeout,
            failure: stats.failure,
            'type-unsupported': stats.typeUnsupported,
            // Categories the gate does not name (confirmed-timeout, …) still count engines.
            ...(report.engineCount > named && { other: report.engineCount - named }),
        },
        last_analysis_results: Object.fromEntries(report.detections.map((d) => [d.engine, { engine_name: d.engine, category: d.category, result: d.result, engine_version: d.version }])),
        first_submission_date: seconds(report.firstSeen),
        last_analysis_date: seconds(report.lastAnalysed),
    };
}
function verdict_cache_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/core/options.ts
// The options of a gate, from any reader of named inputs (the action's, the command line's). Every
// input is read, validated and typed here, once;
// a bad value throws an InputError that names the input and what it accepts, before any request.





class InputError extends Error {
    name = 'InputError';
}
/**
 * Reads and validates every input. Pure: `read` and `readTextFile` are the only sources, nothing is
 * logged. Relative paths (`allow-file`, `sarif-path`) are taken from `workspace`.
 */
function parseInputs(read, readTextFile = () => '', workspace = process.cwd()) {
    const apiKey = read('api-key').trim();
    if (apiKey === '')
        throw new InputError('Input `api-key` is required: the API key of your VirusTotal or ReversingLabs account.');
    // It travels in an HTTP header: visible ASCII only. The key itself is never quoted back.
    if (!/^[\x21-\x7e]+$/.test(apiKey)) {
        throw new InputError('Input `api-key` must be one line of visible ASCII characters (no spaces, line breaks or other characters); the value given has others.');
    }
    // A short value would be masked in the middle of ordinary words (and unmasked text around it would
    // give it away); real keys are far longer. Neither the key nor its length is quoted back.
    if (apiKey.length < MIN_API_KEY_LENGTH) {
        throw new InputError(`Input \`api-key\` must be at least ${MIN_API_KEY_LENGTH} characters long, as the keys of VirusTotal and ReversingLabs are; the value given is shorter. Check that the secret holds the whole key.`);
    }
    // Read first: with URLs to check, `files` may be left out (a URL-only run lists no file).
    const urls = urlList(read, readTextFile, workspace);
    const patterns = lines(read('files')).length === 0 ? '' : read('files');
    if (patterns === '' && urls.length === 0) {
        throw new InputError('Input `files` is required unless `urls` or `urls-file` lists a URL to check: one or more glob patterns, one per line (for example `dist/**`), or the URLs alone.');
    }
    const provider = oneOf(read, 'provider', ['virustotal', 'reversinglabs'], 'virustotal');
    const maxMalicious = wholeNumber(read, 'max-malicious', 0, 0);
    const ignoreEngines = lines(read('ignore-engines')).map(({ text }) => text.toLowerCase());
    const { allow, allowEntries, allowUrls, allowUrlEntries } = allowList(read, readTextFile, workspace);
    return {
        patterns,
        apiKey,
        provider,
        apiUrl: apiUrl(read('api-url'), provider, apiKey),
        policy: {
            maxMalicious,
            maxSuspicious: optional(read, 'max-suspicious', () => wholeNumber(read, 'max-suspicious', 0, 0)),
            minEngines: wholeNumber(read, 'min-engines', 1, 0),
            maxReportAgeDays: optional(read, 'max-report-age-days', () => wholeNumber(read, 'max-report-age-days', 0, 1)),
            ignoreEngines,
            allow,
            allowEntries,
            ...(Object.keys(allowUrls).length > 0 && { allowUrls, allowUrlEntries }),
            failEngines: failEngines(read, ignoreEngines),
            warnMalicious: optional(read, 'warn-malicious', () => warnMalicious(read, maxMalicious)),
            maxMaliciousPercent: optional(read, 'max-malicious-percent', () => percent(read, 'max-malicious-percent')),
            onUnknown: oneOf(read, 'on-unknown', ['pass', 'warn', 'fail'], 'warn'),
            onError: oneOf(read, 'on-error', ['fail', 'warn'], 'fail'),
            ifNoFilesFound: oneOf(read, 'if-no-files-found', ['warn', 'error', 'ignore'], 'warn'),
        },
        jobSummary: options_boolean(read, 'job-summary', true),
        requestsPerMinute: wholeNumber(read, 'requests-per-minute', PROVIDERS[provider].requestsPerMinute, 0),
        concurrency: wholeNumber(read, 'concurrency', 4, 1, 256),
        maxRetries: wholeNumber(read, 'max-retries', 5, 0, 100),
        requestTimeoutMs: Math.round(seconds(read, 'request-timeout-seconds', 30, 3600) * 1000),
        sarifPath: optional(read, 'sarif-path', () => external_node_path_default().resolve(workspace, read('sarif-path').trim())),
        ...uploadOptions(read, provider),
        cache: cacheOptions(read),
        archives: archiveOptions(read),
        urls,
    };
}
const options_MIB = 1024 * 1024;
function archiveOptions(read) {
    const defaults = DEFAULT_ARCHIVE_LIMITS;
    const mebibytes = (name, fallback, max) => wholeNumber(read, name, fallback / options_MIB, 1, max) * options_MIB;
    return {
        members: oneOf(read, 'archive-members', ['binaries', 'all', 'none'], 'binaries'),
        limits: {
            maxDepth: wholeNumber(read, 'archive-max-depth', defaults.maxDepth, 1, 32),
            maxMembers: wholeNumber(read, 'archive-max-members', defaults.maxMembers, 1),
            maxMemberBytes: mebibytes('archive-max-member-mib', defaults.maxMemberBytes, 1024 * 1024),
            maxTotalBytes: mebibytes('archive-max-total-mib', defaults.maxTotalBytes, 1024 * 1024 * 1024),
            maxRatio: wholeNumber(read, 'archive-max-ratio', defaults.maxRatio, 1),
            // A Buffer holds at most 4 GiB on 64-bit Node.
            maxNestedBytes: mebibytes('archive-max-nested-mib', defaults.maxNestedBytes, 4095),
        },
    };
}
/** `upload-unknown`, `upload-files`, `analysis-timeout-minutes`: checked together, since they only mean something together. */
function uploadOptions(read, provider) {
    const uploadUnknown = options_boolean(read, 'upload-unknown', false);
    if (uploadUnknown && provider === 'reversinglabs') {
        throw new InputError('Input `upload-unknown` must be `false` with `provider: reversinglabs`: its VirusTotal-compatible API serves lookups only, not uploads. Upload with `provider: virustotal`, or leave `upload-unknown` unset.');
    }
    // Blank reads as the default `**` only while nothing is uploaded: with uploads on it is refused, never widened.
    const uploadPatterns = !uploadUnknown && lines(read('upload-files')).length === 0 ? '**' : read('upload-files');
    if (lines(uploadPatterns).length === 0) {
        throw new InputError('Input `upload-files` must list at least one glob pattern (relative to the workspace, for example `dist/**`) of the artifacts that may be uploaded; to upload nothing, set `upload-unknown: false`.');
    }
    const minutes = read('analysis-timeout-minutes').trim();
    const number = Number(minutes);
    // Fractions are accepted (a short wait in a test, say); the first poll comes after a minute or an eighth of this, whichever is sooner.
    if (minutes !== '' && (!/^\d+(\.\d+)?$/.test(minutes) || number < 0.01 || number > 360)) {
        throw new InputError(`Input \`analysis-timeout-minutes\` must be a number of minutes from 0.01 to 360 (for example 10 or 2.5); got ${quote(minutes)}.`);
    }
    return { uploadUnknown, uploadPatterns, analysisTimeoutMs: Math.round((minutes === '' ? 10 : number) * 60_000) };
}
/** The cache inputs; the ages are checked even when the cache is off, so a typo never waits for the day it is turned on. */
function cacheOptions(read) {
    const maxAgeMs = hoursToMs(wholeNumber(read, 'cache-max-age-hours', 24, 0, MAX_CACHE_HOURS));
    const unknownMaxAgeMs = hoursToMs(wholeNumber(read, 'cache-unknown-max-age-hours', 1, 0, MAX_CACHE_HOURS));
    return options_boolean(read, 'cache', true) ? { maxAgeMs, unknownMaxAgeMs } : null;
}
/** `urls` and `urls-file` together, one URL a line; a bad line is named by input and number. */
function urlList(read, readTextFile, workspace) {
    try {
        const items = parseUrlList(read('urls'), { input: 'urls' }, 'Input `urls`');
        const file = read('urls-file').trim();
        if (file === '')
            return items;
        const text = readWorkspaceFile('urls-file', file, readTextFile, workspace);
        const shown = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file)).split((external_node_path_default()).sep).join('/');
        return parseUrlList(text, { input: 'urls-file', file: shown }, `Input \`urls-file\` (${file})`, items);
    }
    catch (error) {
        if (error instanceof UrlLineError)
            throw new InputError(error.message);
        throw error;
    }
}
function readWorkspaceFile(input, file, readTextFile, workspace) {
    try {
        return readTextFile(external_node_path_default().resolve(workspace, file));
    }
    catch (error) {
        const code = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new InputError(`Input \`${input}\` must name a readable file in the repository; cannot read ${quote(file)} (${code}).`);
    }
}
/** Non-blank lines that are not `#` comments, with their 1-based line numbers. */
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((line, index) => ({ text: line.trim(), line: index + 1 }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
function optional(read, name, parse) {
    return read(name).trim() === '' ? null : parse();
}
const ALLOW_LINE = /^([0-9a-fA-F]{64})\s+(\S.*)$/;
const EXPIRES = /^(.*?)\s*\bexpires=(\S*)$/i;
const ALLOW_URL_LINE = /^(https?:\/\/\S+)\s+(\S.*)$/i;
/**
 * `allow` and `allow-file` together: `<sha256> <reason>` or `<url> <reason>` per line, either optionally
 * followed by `expires=YYYY-MM-DD`. A malformed line is named. For a hash or URL listed more than once,
 * the entry that allows longest counts (the first of equals). A URL is matched exactly as written in `urls`.
 */
function allowList(read, readTextFile, workspace) {
    const sources = [{ name: 'Input `allow`', source: 'allow', file: null, text: read('allow') }];
    const file = read('allow-file').trim();
    if (file !== '') {
        const text = readWorkspaceFile('allow-file', file, readTextFile, workspace);
        const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file));
        const inWorkspace = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
        sources.push({ name: `Input \`allow-file\` (${file})`, source: `allow-file (${file})`, file: inWorkspace ? relative.split((external_node_path_default()).sep).join('/') : null, text });
    }
    const hashes = { reasons: {}, entries: {} };
    const urls = { reasons: {}, entries: {} };
    for (const { name, source, file: entryFile, text } of sources) {
        for (const { text: entry, line } of lines(text)) {
            // One expiry rule for both kinds of line: the same syntax, the same dates, the same "longest wins".
            const expiry = EXPIRES.exec(entry);
            const body = expiry ? expiry[1] : entry;
            // Checked once the line's shape is: a malformed line is named as such first.
            const allowEntry = () => ({ source, line, file: entryFile, expires: expiry ? calendarDate(expiry[2], `${name} line ${line}`) : null });
            const urlMatch = ALLOW_URL_LINE.exec(body);
            if (urlMatch) {
                let url;
                try {
                    url = parseUrlLine(urlMatch[1]).url;
                }
                catch (error) {
                    if (error instanceof UrlLineError)
                        throw new InputError(`${name} line ${line}: the URL ${error.message}.`);
                    throw error;
                }
                keepLongest(urls, url, urlMatch[2].trim(), allowEntry());
                continue;
            }
            const match = ALLOW_LINE.exec(body);
            if (!match) {
                // Quoted only when it does not look like a URL: a URL may hold a token.
                const got = /^https?:\/\/\S+$/i.test(body)
                    ? 'got a URL without a reason (not quoted: it may hold a secret)'
                    : /^[a-z][\w+.-]*:\/\//i.test(entry)
                        ? 'got a URL that is not http:// or https:// (not quoted: it may hold a secret)'
                        : `got ${quote(entry)}`;
                throw new InputError(`${name} line ${line} must be \`<sha256> <reason>\`, optionally followed by \`expires=YYYY-MM-DD\`: 64 hexadecimal characters, a space, and why the artifact is allowed (or \`<url> <reason>\` for a URL of \`urls\`); ${got}.`);
            }
            keepLongest(hashes, match[1].toLowerCase(), match[2].trim(), allowEntry());
        }
    }
    return { allow: hashes.reasons, allowEntries: hashes.entries, allowUrls: urls.reasons, allowUrlEntries: urls.entries };
}
/** Keeps an allow line's reason and entry under its hash or URL, unless one kept already allows as long. */
function keepLongest(into, key, reason, entry) {
    const kept = into.entries[key];
    if (kept && !lastsLonger(entry.expires, kept.expires))
        return;
    into.reasons[key] = reason;
    into.entries[key] = entry;
}
/** Whether an entry ending on `a` allows longer than one ending on `b` (null: for good). */
function lastsLonger(a, b) {
    return b !== null && (a === null || a > b);
}
/** A real day of the calendar, written YYYY-MM-DD. */
function calendarDate(value, where) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== value) {
        throw new InputError(`${where} has \`expires=${value}\`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example \`expires=2027-01-31\`.`);
    }
    return value;
}
/** `fail-engines`: engine names, one per line, lower-cased. An engine may not also be ignored. */
function failEngines(read, ignoreEngines) {
    return lines(read('fail-engines')).map(({ text, line }) => {
        const name = text.toLowerCase();
        if (ignoreEngines.includes(name)) {
            throw new InputError(`Input \`fail-engines\` line ${line} names ${quote(text)}, which \`ignore-engines\` also lists: an engine whose verdicts do not count cannot fail an artifact. Remove it from one of the two.`);
        }
        return name;
    });
}
function warnMalicious(read, maxMalicious) {
    const value = wholeNumber(read, 'warn-malicious', 0, 0);
    if (value >= maxMalicious) {
        throw new InputError(`Input \`warn-malicious\` must be less than \`max-malicious\` (${maxMalicious}): more detections than max-malicious fail, so an artifact could never be flagged; got ${quote(read('warn-malicious').trim())}. Raise max-malicious or leave warn-malicious empty.`);
    }
    return value;
}
/** A share in %, 0 up to (not including) 100, with at most two decimals: compared exactly, in hundredths. */
function percent(read, name) {
    const value = read(name).trim();
    const number = Number(value.replace(/\s*%$/, ''));
    if (!/^\d+(\.\d{1,2})?\s*%?$/.test(value) || number >= 100) {
        throw new InputError(`Input \`${name}\` must be a percentage from 0 to less than 100, with at most two decimals (for example 15 or 12.5); got ${quote(value)}.`);
    }
    return number;
}
function oneOf(read, name, accepted, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const match = accepted.find((option) => option === value.toLowerCase());
    if (match === undefined) {
        throw new InputError(`Input \`${name}\` must be one of ${accepted.map((a) => `\`${a}\``).join(', ')}; got ${quote(value)}.`);
    }
    return match;
}
function wholeNumber(read, name, fallback, min, max = Number.MAX_SAFE_INTEGER) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        throw new InputError(`Input \`${name}\` must be a whole number, ${range}; got ${quote(value)}.`);
    }
    return number;
}
function seconds(read, name, fallback, max) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const number = Number(value);
    // Whole milliseconds: a value that would round to 0 ms is refused rather than cut every request.
    if (!/^\d+(\.\d+)?$/.test(value) || number < 0.001 || number > max) {
        throw new InputError(`Input \`${name}\` must be a number of seconds from 0.001 to ${max} (for example 30 or 2.5); got ${quote(value)}.`);
    }
    return number;
}
function options_boolean(read, name, fallback) {
    const value = read(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new InputError(`Input \`${name}\` must be \`true\` or \`false\`; got ${quote(read(name).trim())}.`);
}
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** The longest a cached answer may be reused: 30 days (a report that old is stale anyway). */
const MAX_CACHE_HOURS = 720;
/** The shortest `api-key` accepted. */
const MIN_API_KEY_LENGTH = 16;
function apiUrl(raw, provider, apiKey) {
    const value = raw.trim();
    if (value === '')
        return PROVIDERS[provider].apiUrl;
    // The URL is logged and written to the reports; the key belongs in `api-key` only. Not quoted back.
    if (value.toLowerCase().includes(apiKey.toLowerCase())) {
        throw new InputError('Input `api-url` must not contain the API key (the URL is shown in logs and reports); pass the key in `api-key` only.');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(`Input \`api-url\` must be an absolute https:// URL, such as ${PROVIDERS[provider].apiUrl}; got ${quote(withoutCredentials(value))}.`);
    }
    // Quoted back without user and password: an input error is logged.
    const shown = quote(url.origin + url.pathname);
    if (url.username !== '' || url.password !== '' || value.includes('?') || value.includes('#')) {
        throw new InputError(`Input \`api-url\` must be a base URL without credentials, query or fragment; got ${shown}.`);
    }
    // The key travels in a header: never in clear text, except to this machine (tests, the sandbox).
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
    if (!secure) {
        throw new InputError(`Input \`api-url\` must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]); got ${shown}.`);
    }
    return url.href.replace(/\/+$/, '');
}
/** Drops a `user:password@` part from a string that did not parse as a URL. */
function withoutCredentials(value) {
    return value.replace(/\/\/[^/@]*@/, '//');
}
function quote(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

;// CONCATENATED MODULE: ./src/core/archives/chunk-reader.ts
class ChunkReader {
    chunks;
    pending = Buffer.alloc(0);
    ended = false;
    constructor(input) {
        this.chunks = input[Symbol.asyncIterator]();
    }
    /** Up to the first `length` bytes, left unread. */
    async peek(length) {
        const read = (await this.read(length)) ?? Buffer.alloc(0);
        this.pending = this.pending.length === 0 ? read : Buffer.concat([read, this.pending]);
        return read;
    }
    /** Everything not read yet. */
    async *rest() {
        if (this.pending.length > 0)
            yield this.pending;
        this.pending = Buffer.alloc(0);
        for (let next = await this.chunks.next(); !next.done; next = await this.chunks.next())
            yield next.value;
    }
    /** Up to `length` bytes: fewer only at the end of the stream, null when it has ended. */
    async read(length) {
        while (this.pending.length < length && !this.ended) {
            const next = await this.chunks.next();
            if (next.done)
                this.ended = true;
            else
                this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
        }
        if (this.pending.length === 0)
            return null;
        const read = this.pending.subarray(0, length);
        this.pending = this.pending.subarray(read.length);
        return read;
    }
    /** Exactly `length` bytes, or an error saying the data is cut short. */
    async exactly(length) {
        const read = (await this.read(length)) ?? Buffer.alloc(0);
        if (read.length < length)
            throw new Error(`the data is cut short (${length} bytes expected, ${read.length} left)`);
        return read;
    }
    /** The next `length` bytes as chunks, without holding them together. */
    async *take(length) {
        for (let left = length; left > 0;) {
            if (this.pending.length === 0) {
                const next = await this.chunks.next();
                if (next.done)
                    throw new Error(`the data is cut short (${left} of ${length} bytes missing)`);
                this.pending = next.value;
            }
            const chunk = this.pending.subarray(0, left);
            this.pending = this.pending.subarray(chunk.length);
            left -= chunk.length;
            yield chunk;
        }
    }
    async skip(length) {
        for await (const _ of this.take(length))
            ;
    }
}

;// CONCATENATED MODULE: ./src/core/archives/ar.ts

const MAGIC = '!<arch>\n';
const HEADER_BYTES = 60;
/** Names are held in memory: a GNU long-name table, or a BSD name, beyond these is no real archive's. */
const MAX_NAME_TABLE_BYTES = 16 * 1024 * 1024;
const MAX_NAME_BYTES = 64 * 1024;
async function* arEntries(input) {
    const reader = new ChunkReader(input);
    try {
        const magic = await reader.read(MAGIC.length);
        if (magic?.toString('latin1') !== MAGIC)
            throw new Error('it does not start with the ar signature');
        let longNames = '';
        for (let header = await reader.read(HEADER_BYTES); header; header = await reader.read(HEADER_BYTES)) {
            if (header.length < HEADER_BYTES || header.toString('latin1', 58, 60) !== '`\n')
                throw new Error('a member header is damaged or cut short');
            const sizeText = header.toString('latin1', 48, 58).trim();
            if (!/^\d+$/.test(sizeText))
                throw new Error(`a member header gives no size (${JSON.stringify(sizeText)})`);
            const stored = Number(sizeText);
            let size = stored;
            let name = header.toString('latin1', 0, 16).trimEnd();
            if (name.startsWith('#1/')) {
                // BSD: the name is the first bytes of the data.
                const nameLength = Number(name.slice(3));
                if (!(nameLength <= Math.min(stored, MAX_NAME_BYTES)))
                    throw new Error(`a member name is said to be ${name.slice(3)} bytes, more than its member or the ${MAX_NAME_BYTES / 1024} KiB a name may have`);
                name = (await reader.exactly(nameLength)).toString().replace(/\0+$/, '');
                size -= nameLength;
            }
            else if (name === '//') {
                if (size > MAX_NAME_TABLE_BYTES)
                    throw new Error(`its long-name table is ${size} bytes, more than the ${MAX_NAME_TABLE_BYTES / 1024 / 1024} MiB held in memory`);
                longNames = (await reader.exactly(size)).toString();
                await reader.skip(stored % 2);
                continue;
            }
            else if (name === '/' || name === '/SYM64/') {
                await reader.skip(stored + (stored % 2)); // the symbol table
                continue;
            }
            else if (/^\/\d+$/.test(name)) {
                const start = Number(name.slice(1)); // GNU: an offset into the long-name table
                name = longNames.slice(start, longNames.indexOf('/\n', start) === -1 ? undefined : longNames.indexOf('/\n', start));
            }
            else if (name.endsWith('/')) {
                name = name.slice(0, -1);
            }
            let taken = false;
            yield {
                name,
                compressedSize: null,
                isolated: false,
                data: async () => ((taken = true), reader.take(size)),
            };
            if (!taken)
                await reader.skip(size);
            await reader.skip(stored % 2);
        }
    }
    finally {
        input.destroy();
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(75);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(522);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(642);
;// CONCATENATED MODULE: ./src/core/archives/sniff.ts
// What a file is, by its first bytes, never by its name: the containers the gate opens and the
// native executables and libraries that `archive-members: binaries` looks up.
/** Bytes a sniff needs: tar's magic sits at offset 257. */
const SNIFF_BYTES = 512;
const startsWith = (head, bytes, at = 0) => head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
function sniffContainer(head) {
    // A local file header, or the end record of an empty zip (jar, war, apk, nupkg, whl, vsix, msix…).
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
        return 'zip';
    if (startsWith(head, [0x43, 0x72, 0x32, 0x34]))
        return 'crx'; // "Cr24": a zip after its header
    // gzip's magic is two bytes: random data starts so once in 65,536 files. Its method (8, deflate) and
    // reserved flag bits (zero) must agree too, or a random .bin would be "a corrupt gzip".
    if (startsWith(head, [0x1f, 0x8b, 0x08]) && head.length > 3 && (head[3] & 0xe0) === 0)
        return 'gzip';
    if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]))
        return 'zstd';
    if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return 'xz'; // "\xFD7zXZ\0": the stream header
    if (startsWith(head, [...Buffer.from('!<arch>\n')]))
        return 'ar'; // .deb
    if (startsWith(head, [...Buffer.from('ustar')], 257))
        return 'tar'; // POSIX and GNU; pre-POSIX tar has no magic
    return null;
}
/** PE (Windows), ELF (Linux and the BSDs) or Mach-O (macOS, iOS, fat or thin). */
function isNativeBinary(head) {
    if (startsWith(head, [0x4d, 0x5a]))
        return true; // "MZ"
    if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46]))
        return true;
    const thin = [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
    ];
    if (thin.some((magic) => startsWith(head, magic)))
        return true;
    // A fat Mach-O shares 0xcafebabe with Java class files; its next word (architectures) is small,
    // where a class file's (minor and major version) is 45 or more.
    if ((startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) || startsWith(head, [0xca, 0xfe, 0xba, 0xbf])) && head.length >= 8) {
        return Buffer.from(head.buffer, head.byteOffset, head.length).readUInt32BE(4) < 20;
    }
    return false;
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(118);
;// CONCATENATED MODULE: ./src/core/archives/tar.ts

async function* tarEntries(input) {
    const extract = tar_stream.extract();
    input.on('error', (error) => extract.destroy(error));
    input.pipe(extract);
    try {
        for await (const entry of extract) {
            const { type, name, size } = entry.header;
            const pax = entry.header.pax;
            if (type === 'file' || type === 'contiguous-file') {
                // A sparse file's data is its map and the parts that are not holes, not its content: never hashed as it.
                const sparseName = pax?.['GNU.sparse.name'] ?? (pax && Object.keys(pax).some((key) => key.startsWith('GNU.sparse.')) ? name : undefined);
                if (sparseName !== undefined)
                    yield unreadable(sparseName, SPARSE);
                else
                    yield { name, compressedSize: null, isolated: false, data: async () => entry };
            }
            else if (type === null && (size ?? 0) > 0) {
                // A type tar-stream does not know that holds data: GNU's old sparse files ('S'), multi-volume parts, vendor types.
                yield unreadable(name, 'its tar entry type is not one the gate reads (a GNU sparse file, a multi-volume part or a vendor extension)');
            }
            entry.resume(); // what was not read (links, directories, the above) is skipped
        }
    }
    finally {
        input.destroy();
    }
}
const SPARSE = 'it is stored sparse (`tar --sparse`), which the gate does not read: store it whole to have it judged';
function unreadable(name, reason) {
    return { name, compressedSize: null, isolated: true, unreadable: reason, data: () => Promise.reject(new Error(reason)) };
}

;// CONCATENATED MODULE: ./src/core/archives/compressed.ts
// gzip and zstd (node:zlib), xz (xz-decompress: xz-embedded built to WebAssembly, no native code): a
// compressed tar is read as a tar; anything else compressed is one member.








async function* compressedEntries(kind, input, containerName, maxRatio) {
    let compressed = 0;
    input.on('data', (chunk) => (compressed += chunk.length));
    const guard = new RatioGuard(() => compressed, maxRatio);
    const output = kind === 'xz' ? (0,external_node_stream_.pipeline)(xzDecoded(input), guard, () => { }) : (0,external_node_stream_.pipeline)(input, kind === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createZstdDecompress)(), guard, () => { });
    const reader = new ChunkReader(output);
    try {
        const head = await reader.peek(SNIFF_BYTES);
        const rest = external_node_stream_.Readable.from(reader.rest(), { objectMode: false });
        if (sniffContainer(head) === 'tar') {
            yield* tarEntries(rest);
        }
        else {
            yield { name: decompressedName(containerName), compressedSize: null, isolated: false, data: async () => rest };
        }
    }
    finally {
        output.destroy();
    }
}
/** `app.exe.gz` holds `app.exe`. */
function decompressedName(containerName) {
    const base = external_node_path_default().posix.basename(containerName);
    const stripped = base.replace(/\.(gz|gzip|zst|zstd|xz)$/i, '');
    return stripped === '' || stripped === base ? `${base} (decompressed)` : stripped;
}
/** What xz-embedded's return codes mean (xz.h), for the reason an xz stream was not read. */
const XZ_ERRORS = {
    '2': 'its integrity check is of a kind the decoder does not know',
    '3': 'the decoder ran out of memory',
    '4': 'it needs a dictionary larger than the 64 MiB the decoder allows (xz -9 uses 64 MiB)',
    '5': 'its stream header is not valid xz',
    '6': 'it uses filters or options the decoder does not support',
    '7': 'its compressed data is corrupt',
    '8': 'it is cut short or corrupt',
};
/**
 * The decompressed bytes of an xz stream. Its decoder holds one stream at a time in the whole process
 * (the walk never opens an xz inside an xz being read), with a dictionary of at most 64 MiB.
 */
function xzDecoded(input) {
    const decoded = external_node_stream_.Readable.fromWeb(new xz_decompress.XzReadableStream(external_node_stream_.Readable.toWeb(input)));
    decoded.once('error', (error) => {
        const code = /error code (\d+)$/.exec(error.message)?.[1];
        // The decoder reads past the end of a stream that stops between its chunks as a TypeError.
        error.message = code !== undefined ? (XZ_ERRORS[code] ?? `the decoder failed (code ${code})`) : error instanceof TypeError ? 'it is cut short' : error.message;
    });
    return decoded;
}
/** Ends the stream once it has expanded more than the ratio allows over what was read so far. */
class RatioGuard extends external_node_stream_.Transform {
    compressedBytes;
    maxRatio;
    expanded = 0;
    constructor(compressedBytes, maxRatio) {
        super();
        this.compressedBytes = compressedBytes;
        this.maxRatio = maxRatio;
    }
    _transform(chunk, _encoding, callback) {
        this.expanded += chunk.length;
        if (ratioExceeded(this.expanded, this.compressedBytes(), this.maxRatio))
            callback(ratioError(this.maxRatio));
        else
            callback(null, chunk);
    }
}
function ratioError(maxRatio) {
    return new Error(`it expands more than ${maxRatio} times its compressed size (archive-max-ratio): a compression bomb, or set a higher limit`);
}

;// CONCATENATED MODULE: ./src/core/archives/entries.ts
// The small interface every archive format is read through: a sequence of members, each read once,
// in order, as a stream of chunks. Nothing is written to disk.


/** Chunks the size the hashing threads read: few calls, little memory. */
const READ_CHUNK_BYTES = 1024 * 1024;
function sourceStream(source) {
    if ('buffer' in source)
        return new external_node_stream_.PassThrough().end(source.buffer);
    return (0,external_node_fs_.createReadStream)(source.file, { start: source.offset, highWaterMark: READ_CHUNK_BYTES });
}
/** A limit that ends the whole walk of an outer artifact (the total uncompressed bytes). */
class TotalLimitError extends Error {
    name = 'TotalLimitError';
}

;// CONCATENATED MODULE: ./src/core/archives/member-path.ts
/** The path shown for a container chain: `dist/app.zip!/lib/x.jar!/y.so`. */
function memberPath(chain) {
    return chain.join('!/');
}
/** The displayPath of the file on disk that holds the artifact: itself, or a member's outer archive. */
function outerPath(artifact) {
    return artifact.member?.chain[0] ?? artifact.displayPath;
}
/** One key per listed file, member or container in between: the file on disk and the path shown. */
function containerKey(absolutePath, displayPath) {
    return `${absolutePath}\0${displayPath}`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/core/archives/zip.ts
// zip and everything built on it (jar, war, ear, apk, aab, ipa, nupkg, whl, vsix, msix, appx; crx
// after its header), read by yauzl through the central directory: random access, entry by entry.




const OPTIONS = {
    lazyEntries: true,
    autoClose: false,
    // Names are only shown: decoded below without yauzl's refusal of `..` and absolute paths, which
    // would end the whole archive at the first such name.
    decodeStrings: false,
    validateEntrySizes: true, // a member whose declared size lies fails with the reason
};
async function* zipEntries(source, maxMembers) {
    const fd = 'file' in source ? await (0,external_node_util_.promisify)(external_node_fs_.open)(source.file, 'r') : null;
    try {
        yield* zipFileEntries('file' in source
            ? await yauzl.fromRandomAccessReaderPromise(new FileRangeReader(fd, source.offset), source.size - source.offset, OPTIONS)
            : await yauzl.fromBufferPromise(source.buffer, OPTIONS), maxMembers);
    }
    finally {
        if (fd !== null)
            await (0,external_node_util_.promisify)(external_node_fs_.close)(fd);
    }
}
async function* zipFileEntries(zip, maxMembers) {
    try {
        // The central directory says how many members there are: a zip bomb of tiny members is refused unread.
        if (zip.entryCount > maxMembers)
            throw new Error(`it lists ${zip.entryCount} members, more than archive-max-members (${maxMembers}); none were read`);
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const raw = entry.fileName;
            // A directory; one that holds data is read like any member (a loader may read it, so it is no hiding place).
            if (raw.at(-1) === 0x2f && entry.uncompressedSize === 0 && entry.compressedSize <= EMPTY_DEFLATE_BYTES)
                continue;
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
            const current = entry;
            yield {
                name,
                compressedSize: entry.compressedSize,
                declaredSize: entry.uncompressedSize,
                isolated: true,
                ...(entry.isEncrypted() ? { unreadable: 'it is encrypted' } : unsupportedMethod(entry.compressionMethod)),
                data: async () => sizeChecked((await zip.openReadStreamPromise(current))),
            };
        }
    }
    finally {
        zip.close();
    }
}
/** What yauzl inflates: stored (0) and deflated (8). The others zip allows, by name. */
const METHOD_NAMES = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'zstd', 95: 'xz', 98: 'PPMd' };
function unsupportedMethod(method) {
    if (method === 0 || method === 8)
        return null;
    return { unreadable: `it is compressed with ${METHOD_NAMES[method] ?? `method ${method}`}, which the gate does not read (only stored and deflated members)` };
}
/** An empty member deflated: what some tools store for a directory. */
const EMPTY_DEFLATE_BYTES = 2;
/** A member's data, its size mismatch (yauzl's validateEntrySizes) said as such. */
async function* sizeChecked(data) {
    try {
        yield* data;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/bytes in the stream/.test(message))
            throw new Error(`its data does not match the size it declares (${message.replace(/\.$/, '')})`, { cause: error });
        throw error;
    }
}
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const settle = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (entry) => (settle(), resolve(entry));
        const onEnd = () => (settle(), resolve(null));
        const onError = (error) => (settle(), reject(error));
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
    });
}
/**
 * Ranges of an open file, shifted by `offset`: one descriptor for the central directory and every member.
 * yauzl asks for each directory record and local header on its own: small ranges come from one cached
 * block (10,000 members took 3 s read one by one, a tenth of that so), large ones are streamed.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
    fd;
    offset;
    /** The blocks read last, newest first: one under the central directory, one under the members it names. */
    blocks = [];
    constructor(fd, offset) {
        super();
        this.fd = fd;
        this.offset = offset;
    }
    _readStreamForRange(start, end) {
        const { fd } = this;
        let position = this.offset + start;
        const stop = this.offset + end;
        if (stop - position <= SMALL_RANGE_BYTES)
            return new external_node_stream_.PassThrough().end(this.cached(position, stop));
        return new external_node_stream_.Readable({
            read() {
                const length = Math.min(RANGE_CHUNK_BYTES, stop - position);
                if (length <= 0)
                    return void this.push(null);
                const buffer = Buffer.allocUnsafe(length);
                (0,external_node_fs_.read)(fd, buffer, 0, length, position, (error, bytesRead) => {
                    if (error)
                        return this.destroy(error);
                    if (bytesRead === 0)
                        return this.destroy(new Error('the file ended before the range its zip directory names'));
                    position += bytesRead;
                    this.push(buffer.subarray(0, bytesRead));
                });
            },
        });
    }
    /** The directory records and local headers: copied from the cached block, without a stream each. */
    read(buffer, offset, length, position, callback) {
        if (length > SMALL_RANGE_BYTES)
            return super.read(buffer, offset, length, position, callback);
        let error = null;
        try {
            const bytes = this.cached(this.offset + position, this.offset + position + length);
            if (bytes.length < length)
                throw new Error('the file ended before the range its zip directory names');
            bytes.copy(buffer, offset);
        }
        catch (caught) {
            error = caught;
        }
        setImmediate(() => callback(error));
    }
    /** Bytes from `from` to `to` (at most SMALL_RANGE_BYTES), through the cached block. */
    cached(from, to) {
        let block = this.blocks.find(({ start, bytes }) => from >= start && to <= start + bytes.length);
        if (!block) {
            const bytes = Buffer.allocUnsafe(BLOCK_BYTES);
            // Synchronous: a block of a file hashed a moment ago, not worth a thread hop per header.
            block = { start: from, bytes: bytes.subarray(0, (0,external_node_fs_.readSync)(this.fd, bytes, 0, BLOCK_BYTES, from)) };
        }
        this.blocks = [block, ...this.blocks.filter((other) => other !== block)].slice(0, 2);
        return block.bytes.subarray(from - block.start, to - block.start);
    }
}
const RANGE_CHUNK_BYTES = 1024 * 1024;
const SMALL_RANGE_BYTES = 64 * 1024;
const BLOCK_BYTES = 1024 * 1024;
/** Where a crx's zip starts: after "Cr24", its version, and the header that version has. */
function crxZipOffset(head) {
    if (head.length < 16)
        return null;
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.length);
    const version = bytes.readUInt32LE(4);
    if (version === 3)
        return 12 + bytes.readUInt32LE(8);
    if (version === 2)
        return 16 + bytes.readUInt32LE(8) + bytes.readUInt32LE(12);
    return null;
}

;// CONCATENATED MODULE: ./src/core/archives/walk.ts
// Opens an artifact that is an archive and reads every member once, in order: each through SHA-256,
// sniffed by its first bytes, and opened in turn when it is an archive itself (to the depth limit).
// Nothing is written to disk; a nested archive is held in memory only up to its cap.









const KIND_NAMES = { zip: 'zip', crx: 'crx', tar: 'tar', gzip: 'gzip', zstd: 'zstd', xz: 'xz', ar: 'ar' };
/**
 * The members of `artifact` when its first bytes say it is an archive; null when they do not. Its own
 * `sha256` may still be being computed (a quine is told by it).
 */
async function openArchive(artifact, head, sha256, options) {
    const kind = sniffContainer(head);
    if (options.members === 'none' || kind === null)
        return null;
    const walk = new Walk(artifact, sha256, options);
    const source = { file: artifact.rawPath ?? artifact.absolutePath, size: artifact.size, offset: 0 };
    let unscanned;
    try {
        unscanned = await walk.archive(kind, source, head, [], [], 1);
    }
    catch (error) {
        if (!(error instanceof TotalLimitError))
            throw error;
        unscanned = error.message;
    }
    return { unscanned, members: walk.members };
}
class Walk {
    members = [];
    outer;
    /** The outer file's hash; '' when hashing it failed (then this walk's result is dropped anyway). */
    outerHash;
    options;
    totalBytes = 0;
    /** xz streams being read: the decoder reads one at a time, so an xz inside one would wait for it for ever. */
    xzOpen = 0;
    constructor(outer, outerHash, options) {
        this.outer = outer;
        this.outerHash = Promise.resolve(outerHash).catch(() => '');
        this.options = options;
    }
    /** Reads one archive; returns why it was not opened fully, or null. */
    async archive(kind, source, head, names, ancestors, depth) {
        const { maxMembers } = this.options.limits;
        if (kind === 'xz' && this.xzOpen > 0)
            return 'it is xz inside an xz stream being read, and the xz decoder reads one stream at a time; not opened';
        if (kind === 'xz')
            this.xzOpen++;
        let count = 0;
        try {
            for await (const entry of this.entries(kind, source, head, names)) {
                if (++count > maxMembers)
                    return `it has more than ${maxMembers} members (archive-max-members); the rest were not read`;
                // Nesting multiplies members (10,000 archives of 10,000): one file's, every level together, are bounded too.
                if (this.members.length >= maxMembers * MEMBERS_IN_ALL_FACTOR) {
                    throw new TotalLimitError(`more than ${maxMembers * MEMBERS_IN_ALL_FACTOR} members in all levels (${MEMBERS_IN_ALL_FACTOR} × archive-max-members); the rest were not read`);
                }
                await this.member(entry, [...names, shownName(entry.name)], ancestors, depth);
            }
            return null;
        }
        catch (error) {
            if (error instanceof TotalLimitError)
                throw error;
            return `it could not be read as ${KIND_NAMES[kind]}: ${describe(error)}`;
        }
        finally {
            if (kind === 'xz')
                this.xzOpen--;
        }
    }
    entries(kind, source, head, names) {
        const { maxMembers, maxRatio } = this.options.limits;
        switch (kind) {
            case 'zip':
                return zipEntries(source, maxMembers);
            case 'crx': {
                const offset = crxZipOffset(head);
                if (offset === null)
                    return failing('its crx header is not version 2 or 3');
                if (offset >= ('buffer' in source ? source.buffer.length : source.size))
                    return failing(`its header says its zip starts at byte ${offset}, past the end of the file`);
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
    async member(entry, names, ancestors, depth) {
        const artifact = memberArtifact(this.outer, names);
        // Looked up whatever it holds, but never passed as scanned: unpacking it would write outside the target directory.
        const escapes = leavesArchive(entry.name) ? `its name leads out of the archive (\`..\` or an absolute path): unpacking it would write outside the target directory` : null;
        const unscanned = (...reasons) => {
            const said = [escapes, ...reasons].filter((reason) => reason !== null);
            if (said.length > 0)
                artifact.unscanned = said.join('; ');
        };
        if (entry.unreadable) {
            unscanned(entry.unreadable);
            this.members.push({ artifact, sha256: null });
            return;
        }
        let read;
        try {
            read = await this.read(entry, depth);
        }
        catch (error) {
            // In a stream, what follows a member that could not be read cannot be found: the archive ends.
            if (error instanceof TotalLimitError || !entry.isolated)
                throw error;
            unscanned(describe(error));
            this.members.push({ artifact, sha256: null });
            return;
        }
        artifact.size = read.size;
        const kind = sniffContainer(read.head);
        if (!(this.options.members === 'all' || kind !== null || escapes !== null || isNativeBinary(read.head)))
            return;
        this.members.push({ artifact, sha256: read.sha256 });
        if (kind === null) {
            unscanned();
            return;
        }
        const { maxDepth, maxNestedBytes } = this.options.limits;
        if (read.sha256 === (await this.outerHash) || ancestors.includes(read.sha256))
            unscanned('it contains itself (a quine); not opened again');
        else if (depth >= maxDepth)
            unscanned(`it is nested deeper than archive-max-depth (${maxDepth}); not opened`);
        else if (read.bytes === null)
            unscanned(`it is larger than archive-max-nested-mib (${maxNestedBytes / 1024 / 1024} MiB), the most held in memory to open a nested archive; not opened`);
        else
            unscanned(await this.archive(kind, { buffer: read.bytes }, read.head, names, [...ancestors, read.sha256], depth + 1));
    }
    /** Streams a member through SHA-256, within the limits; keeps it whole only when it is an archive to open. */
    async read(entry, depth) {
        const { maxMemberBytes, maxTotalBytes, maxRatio, maxNestedBytes, maxDepth } = this.options.limits;
        // What a zip declares is checked first (a lie is caught while reading): a bomb costs no inflating.
        if (entry.declaredSize !== undefined) {
            if (entry.declaredSize > maxMemberBytes)
                throw memberTooLarge(maxMemberBytes);
            if (entry.compressedSize !== null && ratioExceeded(entry.declaredSize, entry.compressedSize, maxRatio))
                throw ratioError(maxRatio);
        }
        const digest = (0,external_node_crypto_.createHash)('sha256');
        const kept = [];
        let size = 0;
        let head = null;
        let keep = true; // until the head says whether this is an archive to open
        for await (const chunk of await entry.data()) {
            size += chunk.length;
            this.totalBytes += chunk.length;
            if (this.totalBytes > maxTotalBytes) {
                throw new TotalLimitError(`more than archive-max-total-mib (${maxTotalBytes / 1024 / 1024} MiB) uncompressed in all; the rest was not read`);
            }
            if (size > maxMemberBytes)
                throw memberTooLarge(maxMemberBytes);
            if (entry.compressedSize !== null && ratioExceeded(size, entry.compressedSize, maxRatio))
                throw ratioError(maxRatio);
            digest.update(chunk);
            if (!keep)
                continue;
            kept.push(chunk);
            if (head === null && size >= SNIFF_BYTES) {
                head = Buffer.concat(kept).subarray(0, SNIFF_BYTES);
                keep = sniffContainer(head) !== null && depth < maxDepth;
            }
            if (size > maxNestedBytes)
                keep = false;
            if (!keep)
                kept.length = 0;
        }
        const whole = keep ? Buffer.concat(kept) : null;
        return { sha256: digest.digest('hex'), size, head: head ?? whole ?? Buffer.alloc(0), bytes: whole };
    }
}
function memberTooLarge(maxMemberBytes) {
    return new Error(`it is larger than archive-max-member-mib (${maxMemberBytes / 1024 / 1024} MiB)`);
}
/** How many times archive-max-members one file's members may number, every nested level together. */
const MEMBERS_IN_ALL_FACTOR = 10;
/** Longer member names are cut where shown: a tar's can run to megabytes, every log line and annotation repeating it. */
const MAX_NAME_CHARS = 1024;
/** The name as shown: cut past MAX_NAME_CHARS, saying how much was left out (never splitting a surrogate pair). */
function shownName(name) {
    if (name.length <= MAX_NAME_CHARS)
        return name;
    const end = /[\ud800-\udbff]/.test(name[MAX_NAME_CHARS - 1]) ? MAX_NAME_CHARS - 1 : MAX_NAME_CHARS;
    return `${name.slice(0, end)}… (${name.length - end} more characters)`;
}
/** A member as an artifact: shown as `outer!/member!/inner`, pointing at the outer file. */
function memberArtifact(outer, names) {
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
function leavesArchive(name) {
    return /^([\\/]|[A-Za-z]:)/.test(name) || name.split(/[\\/]/).includes('..');
}
/** An archive whose first member already fails: what a header that cannot be read gives. */
function failing(reason) {
    return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error(reason)) }) };
}
function describe(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/core/concurrency.ts
// Small concurrency primitives shared by the stages.
/**
 * Maps items with at most `limit` calls of `fn` in flight; results keep the input order. After a call
 * fails, no new one starts, and the first failure is thrown once those in flight have ended.
 */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !failed) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    return results;
}
/** Runs at most `limit` tasks at once; the others wait in arrival order. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active < this.limit)
            this.active++;
        else
            await new Promise((resolve) => this.waiting.push(resolve)); // the releaser hands its slot over
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/core/hash-worker.js
// A hashing thread. Plain JavaScript, loaded as is by `new Worker()` from src/ in tests and copied
// next to the bundle by ncc. Synchronous reads run on this thread itself, not on libuv's shared
// pool, so each worker is one independent read-and-hash lane: big files hash on every core at once.
// The main thread imports `hashFile` too: it hashes small files while the workers start.




// Measured (npm run bench): 64 KiB to 4 MiB chunks hash 512 MiB within noise of each other and of
// `openssl dgst`; the time is SHA-256 itself, not the reads. 1 MiB keeps the read calls few.
const CHUNK_BYTES = 1024 * 1024;
/** The first bytes sent back with the hash, to recognise archives by (src/core/archives/sniff.ts). */
const HEAD_BYTES = 512;
/** One buffer for the thread's whole life (made on first use): files are hashed one at a time. */
let buffer;

// Only in a thread the pool started: imported anywhere else (the main thread, or a thread of a test
// runner), this module only lends `hashFile`.
const HASH_WORKER = 'artifact-reputation-gate/hash-worker';
if (external_node_worker_threads_.workerData === HASH_WORKER && external_node_worker_threads_.parentPort) {
  // A batch of paths in, their answers out in the same order (src/core/hashing.ts). earlyHeads[i]: the
  // first bytes of file i are sent as soon as they are read, so an archive can be opened while it is hashed.
  external_node_worker_threads_.parentPort.on('message', ({ id, paths, earlyHeads }) => {
    const answers = paths.map((path, index) => hashFile(path, earlyHeads?.[index] ? (head) => external_node_worker_threads_.parentPort.postMessage({ id, index, head }) : undefined));
    external_node_worker_threads_.parentPort.postMessage({ id, answers });
  });
  external_node_worker_threads_.parentPort.postMessage({ ready: true });
}

/**
 * Hashes one file with synchronous reads. Over `maxBytes` (by its size when opened) it is not read:
 * `{ tooBig: true }`, for the caller to hand it to a worker.
 * @param {string | Buffer} path
 * @param {((head: Uint8Array) => void) | undefined} onHead
 * @param {number} [maxBytes]
 * @returns {{ sha256: string, size: number, head: Uint8Array } | { error: string, special?: string } | { tooBig: true }}
 */
function hashFile(path, onHead, maxBytes = Infinity) {
  buffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
  let fd;
  try {
    // Non-blocking, so a FIFO that replaced the file since listing cannot block this thread.
    fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
  } catch (error) {
    const special = error.code === 'ENXIO' ? specialType(path) : undefined; // a socket cannot be opened
    return special ? { error: 'not a regular file', special } : { error: `cannot open the file: ${hash_worker_describe(error)}` };
  }
  try {
    const info = (0,external_node_fs_.fstatSync)(fd);
    if (!info.isFile()) return { error: 'not a regular file', special: specialType(path) ?? 'special file' };
    if (info.size > maxBytes) return { tooBig: true };
    const digest = (0,external_node_crypto_.createHash)('sha256');
    let total = 0;
    let head;
    // Read to a zero-byte read: on network and FUSE file systems a short read is not the end.
    for (let bytesRead; (bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK_BYTES, null)) > 0; total += bytesRead) {
      digest.update(buffer.subarray(0, bytesRead));
      if (head === undefined) {
        // A copy in its own small ArrayBuffer: the buffer is reused, and a Buffer from the pool would
        // carry its whole 8 KiB slab across to the main thread.
        head = new Uint8Array(buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES)));
        onHead?.(head);
      }
    }
    // A file written while it was hashed has no single hash: judging a mix would be a silent miss.
    if (total !== info.size) return { error: `the file changed while it was hashed (${info.size} bytes listed, ${total} read)` };
    return { sha256: digest.digest('hex'), size: info.size, head: head ?? new Uint8Array(0) };
  } catch (error) {
    return { error: `cannot read the file: ${hash_worker_describe(error)}` };
  } finally {
    (0,external_node_fs_.closeSync)(fd);
  }
}

function specialType(path) {
  try {
    const info = (0,external_node_fs_.statSync)(path);
    if (info.isFIFO()) return 'FIFO';
    if (info.isSocket()) return 'socket';
    if (info.isCharacterDevice()) return 'character device';
    if (info.isBlockDevice()) return 'block device';
    if (info.isDirectory()) return 'directory';
  } catch {
    // gone again: let the caller's generic message stand
  }
  return undefined;
}

function hash_worker_describe(error) {
  if (error.code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (error.code === 'EACCES' || error.code === 'EPERM') return `permission denied (${error.code})`;
  return error.code ?? error.message;
}

;// CONCATENATED MODULE: ./src/core/hashing.ts
// Stage 2: streamed SHA-256s on a pool of worker threads (src/core/hash-worker.js), one per core.
// Each file is read in 1 MiB chunks into the worker's one buffer and never held whole in memory.
//
// Why not hasha: hasha 7's hashFile sends every file to one shared worker thread, so two big
// artifacts hash one after the other on one core, and its hashing stream runs on the main thread,
// where it competes with the HTTP lookups. node:crypto in our own pool uses every core.



class FileReadError extends Error {
    name = 'FileReadError';
    /** Set when the path is not a regular file (FIFO, socket, device): it was never read. */
    special;
    constructor(message, special) {
        super(message);
        this.special = special;
    }
}
/**
 * Files per message to a worker. One message per file cost a cross-thread message and a wake-up per
 * file on the main thread, beside the HTTP lookups; 32 at a time make that cost small per file.
 */
const BATCH_FILES = 32;
/**
 * Batches queued per worker: one being hashed and one waiting, so a worker never runs dry between
 * answers. The price: a big file holds up the small ones of its batch (and of the batch behind it);
 * they are hashed right after it, while the other workers take everything else.
 */
const BATCHES_PER_WORKER = 2;
/** More workers than this only add isolates: hashing is bound by the disk long before 8 cores. */
const MAX_WORKERS = 8;
/**
 * A worker takes 40–150 ms to start (an isolate, then node:crypto), while the main thread has nothing
 * to do but wait for the first hashes. It hashes files up to this size itself meanwhile, one per
 * turn of the event loop, so the first lookups go out at once; a bigger one goes to a worker at once.
 */
const MAIN_THREAD_MAX_BYTES = 256 * 1024;
class HashPool {
    size;
    lanes = [];
    /** Files asked for and not yet sent: sent when a batch is full, or once the current job ends. */
    queued = [];
    nextId = 0;
    closing = false;
    hashingHere = false;
    /** Files the main thread hashed while the workers started (for the debug log). */
    hashedHere = 0;
    constructor(size = Math.min(external_node_os_default().availableParallelism(), MAX_WORKERS)) {
        this.size = Math.max(1, size);
    }
    /** How many files to hand the pool at once to keep every worker busy. */
    get capacity() {
        return this.size * BATCHES_PER_WORKER * BATCH_FILES;
    }
    /**
     * Hashes one file; a Buffer path is taken byte for byte (a name that is not UTF-8). `onHead`, when
     * given, hears the file's first bytes as soon as they are read, long before a big file's hash.
     */
    hash(path, onHead) {
        return new Promise((resolve, reject) => {
            this.queued.push({ path, resolve, reject, onHead });
            if (this.queued.length >= BATCH_FILES)
                this.send();
            else if (this.queued.length === 1)
                queueMicrotask(() => this.send()); // a batch not filled goes out anyway
        });
    }
    send() {
        if (this.queued.length === 0)
            return;
        const lane = this.leastBusyLane(true);
        if (!lane) {
            this.hashHere();
            return;
        }
        this.post(lane, this.queued.splice(0, BATCH_FILES));
    }
    /** Hands `batch` to `lane`'s worker; one that has not started yet reads it once it has. */
    post(lane, batch) {
        const id = this.nextId++;
        lane.pending.set(id, batch);
        lane.worker.postMessage({
            id,
            paths: batch.map((waiting) => waiting.path),
            earlyHeads: batch.map((waiting) => waiting.onHead !== undefined),
        });
    }
    /**
     * Ends the workers; a scan must call it, or they keep the process alive. Not waited for: a thread
     * takes 10–20 ms to stop, which the reports need not wait for, and an unreferenced one holds nothing.
     */
    close() {
        this.closing = true;
        for (const { worker } of this.lanes) {
            worker.unref();
            void worker.terminate();
        }
        this.lanes.length = 0;
    }
    /**
     * The worker with the fewest batches (`started`: of those that have started; none while none has).
     * Workers start on first use, all at once, so a run that matches no file starts none.
     */
    leastBusyLane(started) {
        while (this.lanes.length < this.size)
            this.startWorker();
        return this.lanes.reduce((best, lane) => ((lane.ready || !started) && (!best || lane.pending.size < best.pending.size) ? lane : best), undefined);
    }
    startWorker() {
        const lane = { worker: new external_node_worker_threads_.Worker(__webpack_require__.ab + "hash-worker.js", { workerData: HASH_WORKER }), pending: new Map(), ready: false };
        lane.worker.on('message', (answer) => this.settle(lane, answer));
        lane.worker.on('error', (error) => this.retire(lane, `the hashing thread failed: ${error.message}`));
        lane.worker.on('exit', (code) => this.retire(lane, `the hashing thread stopped (exit code ${code})`));
        this.lanes.push(lane);
    }
    /** Hashes queued files on the main thread, one per turn of the event loop, until a worker has started. */
    hashHere() {
        if (this.hashingHere)
            return;
        this.hashingHere = true;
        const next = () => {
            const waiting = this.lanes.some((lane) => lane.ready) || this.closing ? undefined : this.queued.shift();
            if (!waiting) {
                this.hashingHere = false;
                return;
            }
            const answer = hashFile(waiting.path, waiting.onHead, MAIN_THREAD_MAX_BYTES);
            // A big file goes to a worker at once, each to the least busy one, so two big files hash on two cores.
            if ('tooBig' in answer)
                this.post(this.leastBusyLane(false), [waiting]);
            else {
                this.hashedHere++;
                deliver(waiting, answer);
            }
            setImmediate(next); // the answers' lookups go out between files
        };
        next();
    }
    settle(lane, answer) {
        if ('ready' in answer) {
            lane.ready = true;
            while (this.queued.length > 0)
                this.send(); // what the main thread did not get to
            return;
        }
        const batch = lane.pending.get(answer.id);
        if ('index' in answer)
            return batch?.[answer.index]?.onHead?.(answer.head); // a file's first bytes, early
        lane.pending.delete(answer.id);
        for (const [i, waiting] of (batch ?? []).entries())
            deliver(waiting, answer.answers[i]);
    }
    /**
     * A worker that died takes only its own batches down, each file an error for that artifact; the
     * next batch starts a fresh worker.
     */
    retire(lane, reason) {
        const index = this.lanes.indexOf(lane);
        if (index !== -1)
            this.lanes.splice(index, 1);
        if (this.closing)
            return;
        for (const batch of lane.pending.values())
            for (const { reject } of batch)
                reject(new FileReadError(reason));
        lane.pending.clear();
    }
}
function deliver(waiting, answer) {
    if ('error' in answer)
        waiting.reject(new FileReadError(answer.error, answer.special));
    else
        waiting.resolve({ sha256: answer.sha256, size: answer.size, head: answer.head });
}

;// CONCATENATED MODULE: ./src/core/lookup-queue.ts
// Unique hashes waiting for their lookup, served by a fixed number of loops. A scan of 100,000 files
// then holds 100,000 strings in an array, not 100,000 suspended calls (a promise and a chain of
// async frames each, about 0.8 KiB) waiting for a concurrency slot.
class LookupQueue {
    serve;
    workers;
    /** Keys in the order added; those before `next` have been handed to `serve`. */
    waiting = [];
    next = 0;
    /** Each key added, with its answer once it has one. */
    answers = new Map();
    running = new Set();
    /** What a `serve` threw, said by settled(). */
    failure = null;
    /**
     * @param serve asked once per key; should not throw (a throw ends that loop and is thrown by settled()).
     * @param workers keys served at once; Infinity serves each key as soon as it is added.
     */
    constructor(serve, workers) {
        this.serve = serve;
        this.workers = Math.max(1, workers);
    }
    /** Queues a key, once: adding it again changes nothing. */
    add(key) {
        if (this.answers.has(key))
            return;
        this.answers.set(key, undefined);
        this.waiting.push(key);
        if (this.running.size < this.workers)
            this.startLoop();
    }
    /** Keys added and not yet handed to `serve`. */
    get queued() {
        return this.waiting.length - this.next;
    }
    /** Keys added so far. */
    get size() {
        return this.answers.size;
    }
    /** Answers at once the waiting keys `answer` knows (returns non-null for), e.g. from a cache: they are not served. */
    answerWaiting(answer) {
        const still = [];
        for (let i = this.next; i < this.waiting.length; i++) {
            const key = this.waiting[i];
            const known = answer(key);
            if (known === null)
                still.push(key);
            else
                this.answers.set(key, known);
        }
        [this.waiting, this.next] = [still, 0];
    }
    /** Every key's answer, once all keys added so far (and any added meanwhile) are answered. */
    async settled() {
        while (this.running.size > 0)
            await Promise.all(this.running);
        if (this.failure)
            throw this.failure.error;
        return this.answers;
    }
    /**
     * Forgets every key and answer, once whoever asked has read them: a scan's watcher may hold the
     * queue after the scan, and 100,000 answers need not stay alive with it.
     */
    clear() {
        this.answers.clear();
        [this.waiting, this.next] = [[], 0];
    }
    startLoop() {
        const loop = this.drain()
            .catch((error) => void (this.failure ??= { error }))
            .finally(() => this.running.delete(loop));
        this.running.add(loop);
    }
    async drain() {
        while (this.next < this.waiting.length) {
            const key = this.waiting[this.next++];
            // Served keys are dropped now and then, so the array holds only what still waits.
            if (this.next >= 4096 && this.next * 2 >= this.waiting.length)
                [this.waiting, this.next] = [this.waiting.slice(this.next), 0];
            this.answers.set(key, await this.serve(key));
        }
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(573);
;// CONCATENATED MODULE: ./src/core/bytes.ts
// Names as bytes: a path that is not valid UTF-8 shown so people can read it and tell it apart.

/**
 * A path's bytes as text people can read: valid UTF-8 as itself, each byte that is not as `\xNN`,
 * so two names that differ only there are shown apart.
 */
function showBytes(bytes) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString();
    let shown = '';
    for (let i = 0; i < bytes.length;) {
        const length = sequenceLength(bytes, i);
        if (length > 0) {
            shown += bytes.subarray(i, i + length).toString();
            i += length;
        }
        else {
            shown += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return shown;
}
/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes, i) {
    for (let length = 1; length <= 4 && i + length <= bytes.length; length++) {
        if ((0,external_node_buffer_.isUtf8)(bytes.subarray(i, i + length)))
            return length;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/listing.ts
// Stage 1: glob patterns to a sorted, de-duplicated list of the files to judge. Matching the patterns
// against the tree is a port (Glob); both front doors pass the walk in src/core/walk.ts.




/** What stat() calls at once while listing; enough to hide disk latency, few enough to keep fds low. */
const STAT_CONCURRENCY = 16;
async function findArtifacts(patterns, workspace, glob) {
    const { paths: candidates, followsLinks, brokenLinks, kinds } = await glob(patterns);
    const skipped = [];
    const listed = kinds ? examinedArtifacts(candidates, kinds, workspace) : await statEach(candidates, workspace, followsLinks, skipped);
    // A set of every path only when there is a broken link to look up in it: most trees have none.
    if (brokenLinks.length > 0) {
        const found = new Set(candidates.filter((candidate) => typeof candidate === 'string'));
        for (const link of brokenLinks.filter((link) => !found.has(link))) {
            skipped.push({ path: describePath(link, workspace).displayPath, reason: 'broken symbolic link' });
        }
    }
    const artifacts = kinds ? listed : listed.filter((artifact) => artifact !== null);
    artifacts.sort(byDisplayPath);
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { artifacts, skipped };
}
function byDisplayPath(a, b) {
    return a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0;
}
/** Artifacts from what the glob found; each size is known once the file is hashed. */
function examinedArtifacts(candidates, kinds, workspace) {
    // The walk's paths are normalized: one below the workspace is shown by slicing, without path.relative each time.
    const below = (external_node_path_default()).sep === '/' && external_node_path_default().resolve(workspace) !== '/' ? `${external_node_path_default().resolve(workspace)}/` : null;
    const artifacts = [];
    for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i];
        // One literal for the common case (a plain file in the workspace): no spread, one object shape.
        const artifact = below !== null && typeof candidate === 'string' && candidate.length > below.length && candidate.startsWith(below)
            ? { absolutePath: candidate, displayPath: candidate.slice(below.length), inWorkspace: true, size: 0 }
            : { ...named(candidate, workspace), size: 0 };
        const kind = kinds[i];
        if (kind !== 'file') {
            if ('special' in kind)
                artifact.special = kind.special;
            else
                artifact.statError = kind.error;
        }
        artifacts.push(artifact);
    }
    return artifacts;
}
/** A name that is not UTF-8 is examined by its bytes and shown with them escaped. */
function named(candidate, workspace) {
    const absolutePath = typeof candidate === 'string' ? candidate : showBytes(candidate);
    const rawPath = typeof candidate === 'string' ? undefined : { rawPath: candidate };
    return { absolutePath, ...rawPath, ...describePath(absolutePath, workspace) };
}
/** For a glob that gives bare paths: a stat of each, to tell files from directories, links and the rest. */
function statEach(candidates, workspace, followsLinks, skipped) {
    return mapConcurrent(candidates, STAT_CONCURRENCY, async (candidate) => {
        const name = named(candidate, workspace);
        const { displayPath } = name;
        let info;
        try {
            info = await (0,promises_.stat)(candidate);
        }
        catch (error) {
            if (error.code === 'ENOENT' && (await isLink(candidate))) {
                skipped.push({ path: displayPath, reason: 'broken symbolic link' });
                return null;
            }
            // Matched but gone or unreachable since globbing (or a link loop): judged as an error, never dropped.
            return { ...name, size: 0, statError: describeStatError(error) };
        }
        if (info.isDirectory()) {
            // Directories are walked by the globber, not judged; a link to one is walked only when links are followed.
            if (!followsLinks && (await isLink(candidate)))
                skipped.push({ path: displayPath, reason: 'symbolic link to a directory, not walked' });
            return null;
        }
        const special = info.isFile() ? undefined : specialFileType(info);
        return { ...name, size: info.isFile() ? info.size : 0, ...(special && { special }) };
    });
}
function isLink(file) {
    return (0,promises_.lstat)(file).then((info) => info.isSymbolicLink(), () => false);
}
/** The path people read: relative to the workspace with forward slashes, or absolute outside it. */
function describePath(absolutePath, workspace) {
    const relative = external_node_path_default().relative(workspace, absolutePath);
    const inWorkspace = relative !== '' && relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
    return { displayPath: (inWorkspace ? relative : absolutePath).split((external_node_path_default()).sep).join('/'), inWorkspace };
}
function describeStatError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'it no longer exists (ENOENT)';
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    return code ?? String(error);
}
function specialFileType(info) {
    if (info.isFIFO())
        return 'FIFO';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice())
        return 'character device';
    if (info.isBlockDevice())
        return 'block device';
    return 'special file';
}

;// CONCATENATED MODULE: ./src/core/reputation/lookups.ts
// Lookups for many hashes through one client, as fast as the key allows and no faster: bounded
// concurrency, a shared request window, retries with backoff, a shared pause on 429, and a stop
// for the whole scan the moment the service refuses the key, has spent its quota, or proves not to
// serve file reports at all.


/** The EICAR anti-virus test file's SHA-256: every real file-report service knows it. */
const EICAR_SHA256 = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f';
function isFailure(outcome) {
    return outcome.kind === 'error';
}
const MINUTE_MS = 60_000;
/**
 * The service counts requests by when they arrive, and arrival times jitter with the network: a
 * window one second longer than the minute keeps a (limit + 1)th request out of any minute it sees.
 */
const PACING_WINDOW_MS = MINUTE_MS + 1_000;
class Lookups {
    client;
    options;
    slots;
    window;
    /** Set by the first 401/403, or by stop(): every later lookup fails with it, and sends nothing. */
    stopError = null;
    /** Aborted with stopError, so lookups waiting for the window, a pause or a backoff end at once. */
    stopped = new AbortController();
    /** Every lookup waits until then after a 429: the quota is shared, so is the pause. */
    pausedUntil = 0;
    /** Requests sent when the current pause was set: a 429 to one of them belongs to the same burst. */
    sentBeforePause = 0;
    consecutiveQuotaPauses = 0;
    /** When the first of the current run of 429s came (no other answer since); null when not refused. */
    quotaRefusedSince = null;
    /** Whether the endpoint serves file reports, proven once per run (single flight) when a 404 does not name its hash. */
    endpointProof = null;
    counts = { requested: 0, done: 0, errors: 0, inFlight: 0, requests: 0 };
    /** Uploads and polls still expected (expectRequests), counted in the estimate. */
    expectedExtra = 0;
    constructor(client, options) {
        this.client = client;
        this.options = {
            windowMs: PACING_WINDOW_MS,
            transientBackoffMs: { initial: 1_000, max: 30_000 },
            quotaBackoffMs: { initial: 15_000, max: 60_000 },
            maxRetryAfterMs: 5 * MINUTE_MS,
            quotaHint: 'Set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
            ...options,
        };
        this.slots = new Semaphore(options.concurrency);
        this.window = options.requestsPerWindow > 0 ? new SlidingWindow(options.requestsPerWindow, this.options.windowMs) : null;
    }
    /** Looks a hash up, retrying what may pass. Never throws. */
    async lookup(sha256) {
        return this.schedule(() => this.client.lookup(sha256));
    }
    /** Looks a URL up, in the same slots, window, pauses and stops as the hashes. Never throws. */
    async lookupUrl({ url, display }) {
        const { client } = this;
        if (!client.lookupUrl)
            throw new Error('this client does not look URLs up');
        return this.schedule(() => client.lookupUrl(url, display));
    }
    async schedule(attempt) {
        this.counts.requested++;
        const outcome = await this.slots.run(async () => {
            this.counts.inFlight++;
            try {
                const answer = await this.withRetries(attempt);
                return answer.kind === 'unproven-unknown' ? await this.unknownIfEndpointProven(answer) : answer;
            }
            finally {
                this.counts.inFlight--;
            }
        });
        this.counts.done++;
        if (outcome.kind === 'error')
            this.counts.errors++;
        return outcome;
    }
    /**
     * A 404 NotFoundError that does not name its hash is what a wrong `api-url` answers for every path:
     * it counts as unknown only once the endpoint has shown it serves file reports (the EICAR report).
     * Otherwise the scan stops, and the error fails the gate whatever `on-error` says.
     */
    async unknownIfEndpointProven(answer) {
        this.endpointProof ??= this.proveEndpoint(answer);
        if (await this.endpointProof)
            return { kind: 'unknown' };
        return { kind: 'error', error: this.stopError };
    }
    async proveEndpoint(first) {
        // One probe for files and URLs alike: a wrong api-url answers the same for both, and the EICAR file report is the one every service has.
        const probe = await this.withRetries(() => this.client.lookup(EICAR_SHA256));
        if (probe.kind === 'found')
            return true;
        if (this.stopError)
            return false; // the probe itself ended the scan (a refused key, say)
        const aboutUrl = first.url.includes('/urls/');
        const eicarUrl = first.url.replace(/\/(files\/[0-9a-f]+|urls\/.*)$/i, `/files/${EICAR_SHA256}`); // the hash as asked: SHA-256, SHA-1 or MD5
        const probeSaid = probe.kind === 'unproven-unknown' ? `answered the same (${probe.said})` : probe.kind === 'unknown' ? 'answered that it does not know it' : `failed (${probe.error.message.replace(/\.$/, '')})`;
        this.halt({
            kind: 'protocol',
            status: 404,
            alwaysFails: true,
            message: `The \`api-url\` does not serve file reports: GET ${first.url} answered ${first.said} without naming the ${aboutUrl ? 'URL' : 'hash'}, and GET ${eicarUrl} ` +
                `(the EICAR test file, which every real service knows) ${probeSaid}. Nothing was checked. Set \`api-url\` to the API's base URL, ` +
                "such as https://www.virustotal.com/api/v3 (without /files), or leave it empty for the provider's.",
        });
        return false;
    }
    /**
     * Any other request to the service (an upload, an analysis poll), under the same rules as lookups:
     * a concurrency slot, the shared window, the pause after a 429, a stop after a refused key or a
     * spent quota, and up to `retries` retries (max-retries unless given) after a transient failure.
     */
    async request(send, retries = this.options.maxRetries) {
        return this.slots.run(() => this.withRetries(send, retries));
    }
    /** Requests expected beyond the lookups (uploads, polls), for the estimate; negative when some were made. */
    expectRequests(count) {
        this.expectedExtra = Math.max(0, this.expectedExtra + count);
    }
    /** Aborted when the scan stops: waits outside the scheduler (between polls) end with it. */
    get stopSignal() {
        return this.stopped.signal;
    }
    /** Ends every lookup still waiting or to come, without a request: the scan is over. */
    stop(reason) {
        this.halt({ kind: 'protocol', message: reason });
    }
    /** @param queued lookups still waiting outside the scheduler (in a LookupQueue): counted as pending. */
    progress(queued = 0) {
        const { requested, done, errors, inFlight, requests } = this.counts;
        return { done, errors, inFlight, pending: requested - done + queued, requests, pausedForMs: Math.max(0, this.pausedUntil - Date.now()) };
    }
    /** How long the lookups not yet finished (and `queued` more) take at the configured rate; 0 when pacing is off. */
    estimateRemainingMs(queued = 0) {
        return this.window?.estimateMs(this.counts.requested - this.counts.done + queued + this.expectedExtra) ?? 0;
    }
    halt(error) {
        this.stopError ??= { ...error, scanStopped: true };
        this.stopped.abort();
        return this.stopError;
    }
    async withRetries(send, maxRetries = this.options.maxRetries) {
        for (let retry = 0;; retry++) {
            // The pause is checked again once the window grants: a 429 may have come in while waiting.
            do {
                await this.waitForPause();
                await this.window?.acquire(this.stopped.signal);
            } while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted);
            if (this.stopError)
                return { kind: 'error', error: this.stopError };
            const request = ++this.counts.requests;
            const sentAt = Date.now();
            const outcome = await send();
            if (!isFailure(outcome) || outcome.error.kind !== 'quota')
                this.quotaRefusedSince = null;
            if (!isFailure(outcome)) {
                this.consecutiveQuotaPauses = 0;
                return outcome;
            }
            const { error } = outcome;
            if (error.kind === 'auth')
                return { kind: 'error', error: this.halt(error) };
            if (error.kind !== 'quota' && error.kind !== 'transient')
                return outcome;
            if (error.kind === 'quota') {
                const spent = this.quotaSpent(error, sentAt);
                if (spent)
                    return { kind: 'error', error: this.halt(spent) };
            }
            const waitMs = error.kind === 'quota' ? this.quotaPause(error, request) : this.transientDelay(retry, error);
            if (retry >= maxRetries)
                return { kind: 'error', error: this.exhausted(error, retry) };
            if (error.kind === 'quota') {
                if (Date.now() + waitMs > this.pausedUntil)
                    [this.pausedUntil, this.sentBeforePause] = [Date.now() + waitMs, this.counts.requests];
            }
            else {
                await sleep(waitMs, this.stopped.signal);
            }
        }
    }
    /**
     * The stop error when this 429 means the quota will not come back during the scan: the service
     * asks to wait longer than the scan waits, or it still refuses a request sent after a whole
     * pacing window without an accepted request (the per-minute limit has cleared; a daily one has not).
     */
    quotaSpent(error, sentAt) {
        this.quotaRefusedSince ??= sentAt;
        const said = error.message.replace(/\.$/, '');
        if (error.retryAfterMs !== undefined && error.retryAfterMs > this.options.maxRetryAfterMs) {
            const until = new Date(Date.now() + error.retryAfterMs);
            const resets = Number.isNaN(until.getTime()) ? '' : `, until ${until.toISOString().replace(/\.\d+Z$/, 'Z')}`;
            const waited = Math.round(this.options.maxRetryAfterMs / 1000);
            return {
                ...error,
                message: `${said}. The service asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s${resets}: longer than a scan waits (${waited} s), so the quota counts as spent (a daily or monthly limit) and the scan stopped. ${this.options.quotaHint}`,
            };
        }
        if (sentAt - this.quotaRefusedSince < this.options.windowMs)
            return null;
        const window = Math.round(this.options.windowMs / 1000);
        return {
            ...error,
            message: `${said}, and still after ${window} s without an accepted request, longer than the per-minute limit lasts: the key's daily (or monthly) quota is spent, and the scan stopped. It resets on the service's schedule (the service did not say when). ${this.options.quotaHint}`,
        };
    }
    async waitForPause() {
        // Loop: another lookup may extend the pause while this one sleeps.
        while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted)
            await sleep(this.pausedUntil - Date.now(), this.stopped.signal);
    }
    /**
     * How long every lookup pauses after this 429. Without Retry-After the pause grows only for a 429 to
     * a request sent after the last pause was set: four lookups refused in one burst are one refusal,
     * not four. It ends no later than one pacing window after the first refusal, so a quota that is
     * not coming back is known within that window.
     */
    quotaPause(error, request) {
        if (error.retryAfterMs !== undefined)
            return error.retryAfterMs;
        if (request <= this.sentBeforePause)
            return Math.max(0, this.pausedUntil - Date.now());
        const { initial, max } = this.options.quotaBackoffMs;
        const grown = Math.min(max, initial * 2 ** this.consecutiveQuotaPauses++);
        const windowClears = (this.quotaRefusedSince ?? Date.now()) + this.options.windowMs - Date.now();
        return windowClears > 0 ? Math.min(grown, windowClears) : grown;
    }
    transientDelay(retry, error) {
        if (error.retryAfterMs !== undefined && error.retryAfterMs <= this.options.maxRetryAfterMs)
            return error.retryAfterMs;
        return backoffDelay(retry, this.options.transientBackoffMs.initial, this.options.transientBackoffMs.max);
    }
    /** The final error once retries are spent, saying what was tried and what to change. */
    exhausted(error, retries) {
        const tried = retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
        const hint = error.kind === 'quota' ? ` ${this.options.quotaHint}` : '';
        return { ...error, message: `${error.message.replace(/\.$/, '')}${tried}.${hint}` };
    }
}

;// CONCATENATED MODULE: ./src/core/reputation/analyses.ts
// Fresh builds get a verdict: an unknown file that may be uploaded is uploaded once, its analysis
// polled politely until it completes or the time is up, and the result judged like any report.
// Every upload and poll is a request through the lookups' scheduler: same window, same quota, same
// retries, same stop after a refused key or a spent quota.


const analyses_MIB = 1024 * 1024;
const DEFAULTS = { firstPollMs: 60_000, maxPollMs: 180_000, directMaxBytes: 32 * analyses_MIB, maxBytes: 650 * analyses_MIB };
const POLL_BACKOFF = 1.5;
class Analyses {
    scheduler;
    uploads;
    options;
    constructor(scheduler, uploads, options) {
        this.scheduler = scheduler;
        this.uploads = uploads;
        this.options = { ...DEFAULTS, ...options };
    }
    /** Uploads the file with this hash and judges its analysis. Never throws. */
    async analyse(sha256, source) {
        let size;
        try {
            size = (await (0,promises_.stat)(source.path)).size;
        }
        catch (error) {
            return notUploaded(`the file could not be read for upload (${error.code ?? String(error)})`);
        }
        if (size > this.options.maxBytes) {
            return notUploaded(`it is ${size} bytes, over the ${this.options.maxBytes / analyses_MIB} MiB the service takes; upload the files inside it instead (VirusTotal advises this for bundles over 200 MB)`);
        }
        const expected = this.expectedRequests(size);
        this.scheduler.expectRequests(expected);
        let made = 0;
        const counted = (request) => request.finally(() => made++);
        try {
            const uploaded = await this.upload(sha256, source, size, counted);
            if (uploaded.kind !== 'uploaded')
                return uploaded.outcome;
            return await this.poll(sha256, uploaded.analysisId, counted);
        }
        finally {
            this.scheduler.expectRequests(-Math.max(expected, made));
        }
    }
    /** Requests one upload of a file up to 32 MB is expected to take at most, for the estimate before a scan. */
    get requestsPerUpload() {
        return this.expectedRequests(0);
    }
    /** Requests one upload is expected to take: the upload (and its URL), the polls in the timeout, one re-read. */
    expectedRequests(size) {
        let polls = 0;
        for (let at = 0, delay = this.firstPollDelay(); at < this.options.timeoutMs; delay = this.nextPollDelay(delay)) {
            at = Math.min(at + delay, this.options.timeoutMs);
            polls++;
        }
        return (size > this.options.directMaxBytes ? 2 : 1) + polls + 1;
    }
    async upload(sha256, source, size, counted) {
        let large = size > this.options.directMaxBytes;
        for (;;) {
            let url = this.uploads.filesUrl;
            if (large) {
                const answer = await counted(this.scheduler.request(() => this.uploads.uploadUrl()));
                if (answer.kind === 'error')
                    return { kind: 'done', outcome: this.failed('the upload URL could not be had', answer.error) };
                url = answer.url;
            }
            // Each upload URL serves once, so a POST to one is not retried (the direct route is, by the
            // scheduler); a large file whose POST failed stays unknown, with the reason.
            const posted = await counted(this.scheduler.request(() => this.uploads.upload(url, source, size), large ? 0 : undefined));
            if (posted.kind === 'uploaded')
                return posted;
            if (posted.kind === 'too-large') {
                // "32 MB" may be counted in decimal: a file just under 32 MiB goes the large way once.
                if (!large) {
                    large = true;
                    continue;
                }
                return { kind: 'done', outcome: notUploaded(`the service refused it as too large (${posted.said})`) };
            }
            if (posted.kind === 'conflict')
                return { kind: 'done', outcome: await this.reread(sha256, counted, null, `the service answered the upload with ${posted.said}`) };
            return { kind: 'done', outcome: this.failed('the upload failed', posted.error) };
        }
    }
    async poll(sha256, analysisId, counted) {
        const deadline = Date.now() + this.options.timeoutMs;
        const stop = this.scheduler.stopSignal;
        for (let delay = this.firstPollDelay();; delay = this.nextPollDelay(delay)) {
            await sleep(Math.min(delay, deadline - Date.now()), stop);
            const answer = await counted(this.scheduler.request(() => this.uploads.analysis(analysisId, sha256)));
            if (answer.kind === 'error') {
                // An answer that cannot be trusted (an analysis of another file, say) is an error; a service that stayed unreachable leaves it pending.
                if (ended(answer.error) || answer.error.kind === 'protocol')
                    return answer;
                return pending(analysisId, `polling the analysis failed: ${answer.error.message}`);
            }
            if (answer.kind === 'completed') {
                if (answer.report)
                    return { kind: 'found', report: answer.report, submission: { state: 'analysed', analysisId, reason: null } };
                return this.reread(sha256, counted, analysisId, 'the analysis completed, and the file report is not there yet');
            }
            // Not visible yet, queued or in progress: wait, unless the time is up.
            if (Date.now() >= deadline || stop.aborted) {
                const said = answer.kind === 'not-visible' ? 'was not visible yet' : `was ${answer.status}`;
                return pending(analysisId, `the analysis ${said} after ${formatMinutes(this.options.timeoutMs)} (analysis-timeout-minutes)`);
            }
        }
    }
    /** The file report, read again: the full report for a completed analysis without stats, or after a 409. */
    async reread(sha256, counted, analysisId, why) {
        const outcome = await counted(this.scheduler.lookup(sha256));
        if (outcome.kind === 'found')
            return { ...outcome, submission: { state: 'analysed', analysisId, reason: null } };
        if (outcome.kind === 'error' && ended(outcome.error))
            return outcome;
        const said = outcome.kind === 'error' ? `reading its report failed: ${outcome.error.message}` : 'the service does not know it yet';
        return analysisId ? pending(analysisId, `${why}; ${said}`) : notUploaded(`${why}; ${said}`);
    }
    /** An upload that failed leaves the file unknown, unless the failure ended the scan (a refused key, a spent quota). */
    failed(what, error) {
        return ended(error) ? { kind: 'error', error } : notUploaded(`${what}: ${error.message}`);
    }
    firstPollDelay() {
        return Math.max(1, Math.min(this.options.firstPollMs, this.options.timeoutMs / 8));
    }
    nextPollDelay(delay) {
        return Math.min(delay * POLL_BACKOFF, this.options.maxPollMs);
    }
}
function ended(error) {
    return error.kind === 'auth' || error.scanStopped === true;
}
function notUploaded(reason) {
    const submission = { state: 'not-uploaded', analysisId: null, reason };
    return { kind: 'unknown', submission };
}
function pending(analysisId, reason) {
    return { kind: 'pending', submission: { state: 'pending', analysisId, reason } };
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(2)} minute${minutes === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/reputation/uploads.ts
// Uploads and analyses over HTTP, one attempt each: POST {api-url}/files, GET {api-url}/files/upload_url
// and a POST to the URL it returns, GET {api-url}/analyses/{id}. The file streams from disk inside a
// multipart body: memory stays flat whatever its size. Pacing and retries live above (analyses.ts).




/** Time an upload may take past the request timeout: at least 256 KiB/s, so 650 MB may take about 43 minutes. */
const MIN_UPLOAD_BYTES_PER_SECOND = 256 * 1024;
class UploadClient {
    client;
    requestTimeoutMs;
    constructor(client, requestTimeoutMs) {
        this.client = client;
        this.requestTimeoutMs = requestTimeoutMs;
    }
    /** Where a file up to 32 MB is POSTed. */
    get filesUrl() {
        return `${this.client.apiUrl}/files`;
    }
    /** GET {api-url}/files/upload_url: a one-use URL for a file over 32 MB. */
    uploadUrl() {
        return this.client.once(async (signal) => {
            const answer = await this.client.exchange('GET', `${this.client.apiUrl}/files/upload_url`, signal);
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            const url = field(this.client.json(answer), 'data');
            if (typeof url !== 'string')
                throw new ProtocolError(`the upload URL answer has no URL in data (got ${describeValue(url)})`);
            return { kind: 'url', url: uploadUrlWithKey(url, this.client.apiUrl) };
        });
    }
    /** POSTs the file as multipart/form-data to `url` ({api-url}/files, or an upload URL), once. */
    async upload(url, source, size) {
        const timeoutMs = this.requestTimeoutMs + Math.ceil((size / MIN_UPLOAD_BYTES_PER_SECOND) * 1000);
        return this.client.once(async (signal) => {
            const body = await multipartFile(source, size);
            const answer = await this.client.exchange('POST', url, signal, body);
            if (answer.status === 413)
                return { kind: 'too-large', said: this.client.failure(answer).said };
            if (answer.status === 409)
                return { kind: 'conflict', said: this.client.failure(answer).said };
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            return { kind: 'uploaded', analysisId: analysisIdOf(this.client.json(answer)) };
        }, timeoutMs);
    }
    /** GET {api-url}/analyses/{id}, once. */
    analysis(analysisId, sha256) {
        return this.client.once(async (signal) => {
            const answer = await this.client.exchange('GET', `${this.client.apiUrl}/analyses/${encodeURIComponent(analysisId)}`, signal);
            if (answer.status === 404)
                return { kind: 'not-visible' };
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            return uploads_parseAnalysis(this.client.json(answer), sha256);
        });
    }
}
/**
 * The upload URL, if the key may go there; throws ProtocolError otherwise. VirusTotal documents the
 * POST to it "in the same format as POST /files", key header included, and hands out URLs on its own
 * host (its example even says http://www.virustotal.com/_ah/upload/…). So the same host over http is
 * taken as https (the key never travels in clear text), and any other origin is refused: the docs
 * promise none, and no upload is worth the key.
 */
function uploadUrlWithKey(text, apiUrl) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProtocolError(`the upload URL is not a URL (${describeValue(text)})`);
    }
    const api = new URL(apiUrl);
    if (url.protocol === 'http:' && api.protocol === 'https:' && url.host === api.host)
        url.protocol = 'https:';
    if (url.origin !== api.origin) {
        throw new ProtocolError(`the upload URL is on another origin (${url.origin}); the API key is only sent to ${api.origin}, so the file was not uploaded`);
    }
    return url.href;
}
function analysisIdOf(body) {
    const data = field(body, 'data');
    const type = field(data, 'type');
    const id = field(data, 'id');
    if (type !== 'analysis' || typeof id !== 'string' || id === '') {
        throw new ProtocolError(`the upload answer is not an analysis with an id (data.type ${describeValue(type)}, data.id ${describeValue(id)})`);
    }
    return id;
}
/**
 * An analysis object: its status, and once completed, its stats and engine results as a file report.
 * The report is trusted only when the analysis names the hash of the file it analysed (meta.file_info)
 * and that is the hash of the artifact; a different hash means the file changed after it was hashed.
 */
function uploads_parseAnalysis(body, sha256) {
    const data = field(body, 'data');
    if (field(data, 'type') !== 'analysis')
        throw new ProtocolError(`data.type is ${describeValue(field(data, 'type'))}, not "analysis"`);
    const attributes = field(data, 'attributes');
    const status = field(attributes, 'status');
    if (typeof status !== 'string')
        throw new ProtocolError(`the analysis has no status (got ${describeValue(status)})`);
    if (status !== 'completed')
        return { kind: 'waiting', status };
    const analysed = field(field(field(body, 'meta'), 'file_info'), 'sha256');
    if (typeof analysed === 'string' && analysed.toLowerCase() !== sha256) {
        throw new ProtocolError(`the analysis is of a file with SHA-256 ${describeValue(analysed)}, not ${sha256}: the file changed between hashing and upload`);
    }
    if (typeof analysed !== 'string' || field(attributes, 'stats') === undefined)
        return { kind: 'completed', report: null };
    // The analysis carries what a file report's last analysis does, under other names.
    const asFileReport = {
        data: {
            type: 'file',
            id: sha256,
            attributes: { last_analysis_stats: field(attributes, 'stats'), last_analysis_results: field(attributes, 'results'), last_analysis_date: field(attributes, 'date') },
        },
    };
    return { kind: 'completed', report: parseFileReport(asFileReport, sha256) };
}
/** A multipart/form-data body with one part, `file`, streamed from disk; its length is known up front. */
async function multipartFile(source, size) {
    const boundary = `----artifact-reputation-gate-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${multipartName(source.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const handle = await (0,promises_.open)(source.path, 'r');
    // Exactly `size` bytes, as the content-length says; a file that shrank since ends the request short.
    const file = size > 0 ? handle.createReadStream({ start: 0, end: size - 1 }) : null;
    if (file === null)
        await handle.close();
    async function* parts() {
        try {
            yield head;
            if (file)
                yield* file;
            yield tail;
        }
        finally {
            file?.destroy();
        }
    }
    return {
        stream: external_node_stream_.Readable.from(parts(), { objectMode: false }),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    };
}
/** A file name safe inside the quoted header parameter: printable ASCII only, no quote or backslash. */
function multipartName(name) {
    return name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'artifact';
}

;// CONCATENATED MODULE: ./src/core/scan.ts
// Stages 2 and 3 overlapped: hash the artifacts with bounded parallelism and look each unique hash up
// as soon as it is known, so lookups (often the slow part) start while hashing goes on.



async function scanArtifacts(artifacts, deps) {
    const { hash, hashConcurrency } = deps;
    // One lookup per unique hash; identical files share its outcome.
    const lookups = deps.lookups ?? new LookupQueue(deps.lookup, Infinity);
    const lookUp = (sha256) => lookups.add(sha256);
    const hashed = await mapConcurrent(artifacts, hashConcurrency, async (artifact) => {
        if (artifact.hash)
            return lookUpHash(artifact, artifact.hash, lookups);
        if (artifact.special)
            return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, artifact.special) };
        if (artifact.statError)
            return { artifact, sha256: null, outcome: fileError(`Could not read ${artifact.displayPath}: ${artifact.statError}.`) };
        let sha256;
        let head;
        // A big archive is opened as soon as its first bytes are read, while a hashing thread hashes it whole.
        const { openArchive } = deps;
        let early;
        const hashing = hash(artifact.rawPath ?? artifact.absolutePath, openArchive && artifact.size >= EARLY_OPEN_BYTES
            ? (first) => (early = openArchive(artifact, first, hashing.then((hashed) => hashed.sha256)))
            : undefined);
        try {
            // The size read is the size judged (listing by directory entries does not stat files).
            ({ sha256, head, size: artifact.size } = await hashing);
        }
        catch (error) {
            await early; // what it read is of no use without the file's hash
            if (!(error instanceof FileReadError))
                throw error;
            if (error.special)
                return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, error.special) };
            return { artifact, sha256: null, outcome: fileError(`Could not hash ${artifact.displayPath}: ${error.message}.`) };
        }
        lookUp(sha256);
        const whole = { artifact, sha256, outcome: null };
        // The outer archive is always looked up; its members follow it, each under the one-lookup-per-hash rule.
        const opened = early ? await early : head && openArchive ? await openArchive(artifact, head, sha256) : null;
        if (!opened)
            return whole;
        const members = opened.members.map(({ artifact: member, sha256: memberHash }) => {
            if (memberHash === null)
                return { artifact: member, sha256: null, outcome: { kind: 'unscanned' } };
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
        if (entry.outcome !== null)
            continue;
        entry.outcome = outcomes.get(entry.artifact.hash?.value ?? entry.sha256);
        // A hash looked up by MD5 or SHA-1 gets its SHA-256 from the report, which proved it answers that hash.
        if (entry.sha256 === null && entry.outcome.kind === 'found')
            entry.sha256 = entry.outcome.report.sha256;
    }
    return entries;
}
/** A subject that is a hash: nothing to read, looked up as given (once, however often it is listed). */
function lookUpHash(artifact, { kind, value }, lookups) {
    lookups.add(value);
    return { artifact, sha256: kind === 'sha256' ? value : null, outcome: null };
}
/** Files this big are opened while they are hashed, not after: the two take about as long. */
const EARLY_OPEN_BYTES = 8 * 1024 * 1024;
function notRegular(displayPath, type) {
    return fileError(`${displayPath} is not a regular file but a ${type}; it was not read.`);
}
function fileError(message) {
    return { kind: 'error', error: { kind: 'file', message } };
}

;// CONCATENATED MODULE: ./src/core/upload-files.ts
// Which unknown files may be uploaded: `upload-files` patterns (the `files` syntax, relative to the
// workspace) matched by the same listing port. A hash is uploaded only when every artifact with that
// content is matched: a copy outside the patterns keeps the content private. An archive member counts
// as a copy in its outer file (matched when that file is), but is never uploaded itself.


/**
 * `members`: archive members by hash, filled while archives are read (before `allHashed`).
 */
function uploadSources(artifacts, hashedPaths, members, allHashed, patterns, glob) {
    let matched = null;
    let byHash = null;
    return async (sha256) => {
        await allHashed;
        matched ??= matcher(patterns, glob);
        const isMatched = await matched;
        byHash ??= groupByHash(artifacts, hashedPaths);
        const files = byHash.get(sha256) ?? [];
        const inArchives = members.get(sha256) ?? [];
        const excluded = [...files, ...inArchives].find((artifact) => !isMatched(artifact));
        if (excluded)
            return { excluded: `upload-files does not match ${outerPath(excluded)}, so it was not uploaded` };
        const [first] = files;
        if (first)
            return { path: first.rawPath ?? first.absolutePath, name: external_node_path_default().basename(first.displayPath) };
        const [member] = inArchives;
        if (member?.member)
            return { excluded: memberNotUploaded(member.member.chain) };
        return { excluded: 'no artifact with this hash could be read again' };
    };
}
/** Why a member alone is not uploaded: it would have to be read out of its archive again. */
function memberNotUploaded(chain) {
    return `it is an archive member, and only whole files are uploaded: its archive ${chain[0]} is looked up (and uploaded when unknown) itself`;
}
/** Adds the members of an opened archive to `members`, by hash. */
function recordMembers(members, found) {
    for (const { artifact, sha256 } of found)
        if (sha256 !== null)
            addTo(members, sha256, artifact);
}
function groupByHash(artifacts, hashedPaths) {
    const groups = new Map();
    for (const artifact of artifacts) {
        const sha256 = hashedPaths.get(artifact.rawPath ?? artifact.absolutePath);
        if (sha256 !== undefined)
            addTo(groups, sha256, artifact);
    }
    return groups;
}
function addTo(groups, sha256, artifact) {
    const group = groups.get(sha256);
    if (group)
        group.push(artifact);
    else
        groups.set(sha256, [artifact]);
}
/** Whether an artifact is matched. The default `**` is every file in the workspace, without walking it again. */
async function matcher(patterns, glob) {
    const lines = patterns
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    if (lines.length === 1 && lines[0] === '**')
        return (artifact) => artifact.inWorkspace;
    const { paths } = await glob(patterns);
    const found = new Set(paths.filter((entry) => typeof entry === 'string'));
    return (artifact) => artifact.rawPath === undefined && found.has(artifact.absolutePath);
}

;// CONCATENATED MODULE: ./src/core/verdict.ts


/** One frozen decision per rule that says nothing more than its rule: shared by every result it decides, not one each. */
const RULE_ONLY = new Map();
function decidedBy(rule) {
    let decision = RULE_ONLY.get(rule);
    if (!decision)
        RULE_ONLY.set(rule, (decision = Object.freeze({ rule })));
    return decision;
}
const DAY_MS = 86_400_000;
/**
 * The rules in the order they apply (README "Rule order"): the first that applies decides. Allow
 * comes first, then fail-engines, the thresholds, min-engines, and warn-malicious.
 */
const RULE_ORDER = (/* unused pure expression or super */ null && (['allow', 'fail-engines', 'max-malicious', 'max-malicious-percent', 'max-suspicious', 'min-engines', 'warn-malicious', 'within-thresholds']));
function judgeArtifact(scanned, policy, now) {
    const judged = notFullyScanned(judgeOutcome(scanned, policy, now), policy);
    const { outcome } = scanned;
    if ((outcome.kind === 'found' || outcome.kind === 'unknown') && outcome.cachedAt)
        judged.cachedAt = outcome.cachedAt;
    return scanned.sha256 ? withAllow(judged, policy.allow[scanned.sha256], expiredAllow(scanned.sha256, policy, now)) : judged;
}
/** What an allow line does to a verdict, for files and URLs alike. */
function withAllow(judged, reason, expired) {
    if (reason === undefined)
        return judged;
    // An expired entry no longer allows: the item is judged as any other, and the result says why.
    if (expired)
        return { ...judged, decidedBy: { ...judged.decidedBy, expiredAllow: expired } };
    // An allowed item never fails the gate, whatever the service says; it keeps what it said.
    return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status }, decidedBy: decidedBy('allow') };
}
function judgeOutcome({ artifact, sha256, outcome }, policy, now) {
    if (outcome.kind === 'unscanned')
        return { artifact, sha256, report: null, error: null, counted: null, allowed: null, staleDays: null, ...unscannedVerdict(policy) };
    const submission = outcome.kind !== 'error' && outcome.submission ? { submission: outcome.submission } : {};
    return { artifact, sha256, ...submission, ...judgeLookup(outcome, policy, now) };
}
/** A URL's verdict: the same rules as an artifact's; an allow line naming the URL makes it `allowed`. */
function judgeUrl(item, outcome, policy, now = new Date()) {
    const judged = { item, ...judgeLookup(outcome, policy, now) };
    if (outcome.kind !== 'error' && outcome.cachedAt)
        judged.cachedAt = outcome.cachedAt;
    return withAllow(judged, policy.allowUrls?.[item.url], expiredUrlAllow(item.url, policy, now));
}
/** Adds the URLs' verdicts to the artifacts': the gate fails when either fails. */
function withUrls(judgement, urls) {
    if (urls.length === 0)
        return judgement;
    const urlFails = urls.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
    return { ...judgement, urls, result: judgement.result === 'fail' || urlFails ? 'fail' : 'pass' };
}
/** A lookup's outcome, file or URL, judged by the rules after allow. */
function judgeLookup(outcome, policy, now) {
    const base = { report: null, error: null, counted: null, allowed: null, staleDays: null };
    switch (outcome.kind) {
        case 'found': {
            const { report } = outcome;
            const counted = countedDetections(report, policy);
            return { ...base, report, counted, staleDays: staleDays(report, policy, now), ...judgeReport(report, counted, policy) };
        }
        case 'unknown':
            return { ...base, status: 'unknown', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
        case 'pending':
            // Uploaded, not yet judged by the service: as unknown as a file it has never seen.
            return { ...base, status: 'pending', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
        case 'error': {
            // A refused key or an endpoint that serves no reports means the gate could not work at all: that fails whatever on-error says.
            const unusable = failsWhateverPolicy(outcome.error);
            return { ...base, error: outcome.error, status: 'error', consequence: unusable ? 'fail' : policy.onError, decidedBy: decidedBy(unusable ? 'unusable-service' : 'on-error') };
        }
    }
}
/** The rules after allow, in RULE_ORDER, over a report: the first that applies decides. */
function judgeReport(report, counted, policy) {
    const failing = failEngineDetections(report, policy);
    if (failing.length > 0)
        return { status: 'malicious', consequence: 'fail', decidedBy: { rule: 'fail-engines', engines: failing } };
    if (counted.malicious > policy.maxMalicious)
        return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious') };
    if (overPercent(counted.malicious, analysedEngines(report), policy.maxMaliciousPercent)) {
        return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious-percent') };
    }
    if (policy.maxSuspicious !== null && counted.suspicious > policy.maxSuspicious)
        return { status: 'suspicious', consequence: 'fail', decidedBy: decidedBy('max-suspicious') };
    // Under the thresholds, a report with too few verdicts (a fresh upload reads 0/0) says nothing: never clean.
    if (analysedEngines(report) < policy.minEngines)
        return { status: 'unanalysed', consequence: policy.onUnknown, decidedBy: decidedBy('min-engines') };
    if (policy.warnMalicious !== null && counted.malicious > policy.warnMalicious)
        return { status: 'flagged', consequence: 'warn', decidedBy: decidedBy('warn-malicious') };
    return { status: 'clean', consequence: 'pass', decidedBy: decidedBy('within-thresholds') };
}
/** The engines of fail-engines that say malicious, as the service spells them. */
function failEngineDetections(report, policy) {
    return report.detections.filter((d) => d.category === 'malicious' && policy.failEngines.includes(d.engine.toLowerCase())).map((d) => d.engine);
}
/** More than `percent` % of the engines with a verdict, compared in whole hundredths so 12.5 % of 8 is exactly 1. */
function overPercent(malicious, analysed, percent) {
    if (percent === null || analysed === 0)
        return false;
    return malicious * 10_000 > Math.round(percent * 100) * analysed;
}
/** The hash's allow entry, when its `expires` day (UTC) has come. */
function expiredAllow(sha256, policy, now) {
    const entry = policy.allowEntries[sha256];
    return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, sha256, reason: policy.allow[sha256] ?? '' } : null;
}
/** The same for a URL's allow line; the URL is named masked, as every report shows it. */
function expiredUrlAllow(url, policy, now) {
    const entry = policy.allowUrlEntries?.[url];
    return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, url: maskedUrl(new URL(url)), reason: policy.allowUrls?.[url] ?? '' } : null;
}
/** Whether an entry's `expires` day (UTC) has come. */
function hasExpired(entry, now) {
    return entry.expires !== null && now.getTime() >= Date.parse(`${entry.expires}T00:00:00Z`);
}
/**
 * An archive not opened fully (a zip bomb, corrupt, nested too deep) may hide what the gate looks for,
 * and a member whose name leads out of its archive is an attack on whoever unpacks it: unless its own
 * hash already fails it (or its lookup failed), it is `unscanned`, judged by on-error; `artifact.unscanned` says why.
 */
function notFullyScanned(judged, policy) {
    if (judged.artifact.unscanned === undefined || judged.consequence === 'fail' || judged.status === 'error' || judged.status === 'unscanned')
        return judged;
    return { ...judged, ...unscannedVerdict(policy) };
}
function unscannedVerdict(policy) {
    return { status: 'unscanned', consequence: policy.onError, decidedBy: decidedBy('on-error') };
}
/**
 * An archive fails when a member it holds fails: each failing member marks every archive on its
 * container chain (the outer file and the nested archives between), which keeps its own status and
 * decision. An allowed archive stays allowed; its members are still judged by their own hashes.
 */
function withFailingMembers(results) {
    const holders = new Map();
    for (const { artifact, consequence } of results) {
        if (!artifact.member || consequence !== 'fail')
            continue;
        const { chain } = artifact.member;
        for (let depth = 1; depth < chain.length; depth++) {
            const holder = containerKey(artifact.absolutePath, memberPath(chain.slice(0, depth)));
            const paths = holders.get(holder) ?? [];
            if (paths.length === 0)
                holders.set(holder, paths);
            paths.push(artifact.displayPath);
        }
    }
    if (holders.size === 0)
        return results;
    return results.map((result) => {
        const paths = holders.get(containerKey(result.artifact.absolutePath, result.artifact.displayPath));
        if (!paths || result.status === 'allowed')
            return result;
        return { ...result, consequence: 'fail', failingMembers: { paths, ownConsequence: result.consequence } };
    });
}
/** What the artifact's own verdict made of it, before the members it holds (an archive fails when one of them does). */
function ownConsequence(result) {
    return result.failingMembers?.ownConsequence ?? result.consequence;
}
/** The one engine filter: whether the policy leaves this engine's verdicts out of the counts. */
function isIgnoredEngine(policy, engine) {
    return policy.ignoreEngines.includes(engine.toLowerCase());
}
/** A refused key, or an error that says nothing could be checked as configured. */
function failsWhateverPolicy(error) {
    return error.kind === 'auth' || error.alwaysFails === true;
}
/** An error that ended the whole scan: every artifact left carries it, so it is said once. */
function verdict_endedScan(error) {
    return error !== null && (error.kind === 'auth' || error.scanStopped === true);
}
/**
 * The detections, less the verdicts of ignored engines (which still show, marked ignored). Never
 * fewer than the distinct engines listed as flagging the file: stats that say fewer are contradicted.
 */
function countedDetections(report, policy) {
    const count = (category) => {
        const engines = report.detections.filter((d) => d.category === category);
        const ignored = engines.filter((d) => isIgnoredEngine(policy, d.engine)).length;
        return Math.max(0, Math.max(report.stats[category], engines.length) - ignored);
    };
    return { malicious: count('malicious'), suspicious: count('suspicious') };
}
/** Engines that produced a verdict: malicious, suspicious, undetected or harmless. */
function analysedEngines({ stats }) {
    return stats.malicious + stats.suspicious + stats.undetected + stats.harmless;
}
function staleDays(report, policy, now) {
    if (policy.maxReportAgeDays === null || report.lastAnalysed === null)
        return null;
    const days = Math.floor((now.getTime() - report.lastAnalysed.getTime()) / DAY_MS);
    return days > policy.maxReportAgeDays ? days : null;
}
/** `urlsOnly`: no `files` were given (only URLs), so no file matching is not a finding for if-no-files-found. */
function judge(scanned, policy, now = new Date(), urlsOnly = false) {
    const results = withFailingMembers(scanned.map((entry) => judgeArtifact(entry, policy, now)));
    const counts = {
        scanned: results.length,
        uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size,
        stale: results.filter((r) => r.staleDays !== null).length,
        uploaded: results.filter((r) => r.submission !== undefined && r.submission.state !== 'not-uploaded').length,
        ...Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])),
    };
    for (const result of results)
        counts[result.status]++;
    // Whether or not this scan has the hash or URL: a lapsed exception is said wherever it is written.
    const expiredAllows = [
        ...Object.keys(policy.allowEntries).map((sha256) => expiredAllow(sha256, policy, now)),
        ...Object.keys(policy.allowUrlEntries ?? {}).map((url) => expiredUrlAllow(url, policy, now)),
    ].filter((entry) => entry !== null);
    // A refused key (or an api-url that serves no reports) means nothing could be checked: the job fails, allowed artifacts or not.
    const fails = (results.length === 0 && !urlsOnly && policy.ifNoFilesFound === 'error') || results.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
    return { result: fails ? 'fail' : 'pass', results, counts, expiredAllows, ...(urlsOnly && { urlsOnly }) };
}
/** Worst first: what a reader must see before anything else. */
const STATUS_ORDER = ['malicious', 'suspicious', 'error', 'unscanned', 'flagged', 'unanalysed', 'pending', 'unknown', 'allowed', 'clean'];

;// CONCATENATED MODULE: ./src/core/workspace.ts
// One workspace for every path the user gives: `files` patterns, `allow-file`, `sarif-path` and the
// displayed paths all resolve against GITHUB_WORKSPACE, or the working directory when it is unset,
// so a tool that runs the action outside the runner (@github/local-action) scans the right folder.

/** The workspace: `githubWorkspace` (GITHUB_WORKSPACE, when the front door has one) resolved against `cwd`. */
function workspaceDirectory(githubWorkspace, cwd) {
    return path.resolve(cwd, githubWorkspace || '.');
}
/**
 * The `files` patterns with each relative one rooted at the workspace (@actions/glob would root them
 * at the working directory). Comments, blank lines, absolute and `~` patterns stay as written; a
 * leading `!` stays in front; glob characters in the workspace's own path are escaped.
 */
function rootPatterns(patterns, workspace) {
    const root = escapeGlob(workspace.split((external_node_path_default()).sep).join('/').replace(/\/+$/, ''));
    return patterns
        .split(/\r?\n/)
        .map((line) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return line;
        const negation = /^!*/.exec(trimmed)[0];
        const pattern = trimmed.slice(negation.length);
        if (pattern.startsWith('~') || external_node_path_default().isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern))
            return trimmed;
        return `${negation}${root}/${pattern}`;
    })
        .join('\n');
}
/** A literal path as an @actions/glob pattern (as its own globEscape does for the working directory). */
function escapeGlob(literal) {
    return (process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\')).replace(/[*?[]/g, (char) => `[${char}]`);
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/core/run-gate.ts
// The pipeline, top to bottom: listing, hashes and lookups, verdicts. No runner, no environment:
// what it needs from outside comes in as ports, and what it found goes back as data.

















/**
 * Archives read at once. Each holds at most a nested archive per level in memory (archive-max-nested-mib),
 * and its hashing runs on this thread beside the lookups: two keep both bounded.
 */
const ARCHIVES_AT_ONCE = 2;
/** How often a long scan says where it is: steady, not a line per request. */
const PROGRESS_INTERVAL_MS = 30_000;
async function runGate(options, ports) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const snapshot = { stage: 'listing', artifacts: 0, hashed: 0, lookups: null };
    let lookups = null;
    let queue = null;
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
    const client = new ReputationClient({
        apiUrl: options.apiUrl,
        apiKey: options.apiKey,
        userAgent: options.userAgent ?? `${version/* ACTION_NAME */.p}/${version/* ACTION_VERSION */.Y}`,
        requestTimeoutMs: options.requestTimeoutMs,
    }, ports.http);
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
    const hashedPaths = new Map();
    let hashingDone = () => { };
    const allHashed = new Promise((resolve) => (hashingDone = resolve));
    const memberCopies = new Map();
    const sourceFor = uploadSources(artifacts, hashedPaths, memberCopies, allHashed, options.uploadPatterns ?? '**', ports.glob);
    const analyses = options.uploadUnknown
        ? new Analyses(scheduler, new UploadClient(client, options.requestTimeoutMs), { timeoutMs: options.analysisTimeoutMs ?? 600_000, ...options.analysisTimings })
        : null;
    const lookupOrUpload = async (sha256) => {
        const outcome = await scheduler.lookup(sha256);
        if (analyses === null || outcome.kind !== 'unknown')
            return outcome;
        const source = await sourceFor(sha256);
        return 'excluded' in source ? { kind: 'unknown', submission: { state: 'not-uploaded', analysisId: null, reason: source.excluded } } : analyses.analyse(sha256, source);
    };
    // The cache answers before the scheduler is asked. With uploads on, a cached "never seen" is asked
    // again, so the cache never keeps a file from its upload; an analysed report is kept like a found one.
    const reusable = analyses === null ? ['found', 'unknown'] : ['found'];
    const cachedOrFresh = async (sha256) => {
        if (!verdictCache)
            return lookupOrUpload(sha256);
        await cacheLoaded;
        const reused = verdictCache.reuse(sha256, new Date(), reusable);
        if (reused)
            return reused;
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
    const cachedOrFreshUrl = async (item) => {
        if (!verdictCache)
            return scheduler.lookupUrl(item);
        await cacheLoaded;
        const reused = verdictCache.reuseUrl(item.url, new Date());
        if (reused)
            return reused;
        const outcome = await scheduler.lookupUrl(item);
        verdictCache.recordUrl(item.url, outcome);
        return outcome;
    };
    // Started first: they share the window with the hashes, and need no hashing.
    const urlLookups = Promise.all(urls.map(cachedOrFreshUrl));
    try {
        scanned = await scanArtifacts(artifacts, {
            hash: (path, onHead) => hashPool
                .hash(path, onHead)
                .then((hashed) => (analyses && hashedPaths.set(path, hashed.sha256), hashed)) // kept only for uploads: a map entry per file otherwise
                .finally(() => snapshot.hashed++),
            hashConcurrency: hashPool.capacity,
            lookup: cachedOrFresh,
            lookups: queue,
            ...(archives &&
                archives.members !== 'none' && {
                openArchive: (artifact, head, sha256) => archiveSlots.run(() => openArchive(artifact, head, sha256, archives)).then((opened) => (opened && recordMembers(memberCopies, opened.members), opened)),
            }),
            // Hashing outruns paced lookups, so the count is known long before the wait ends.
            onHashingDone: (uniqueHashes) => {
                hashingDone();
                ports.log.debug(`Hashed ${artifacts.length} artifacts (${uniqueHashes} unique; ${hashPool.hashedHere} on the main thread while the hashing threads started) at ${elapsed()} ms.`);
                const estimate = (toLookUp, urlsToLookUp) => ports.progress.hashed({
                    uniqueHashes: toLookUp,
                    ...(urlsToLookUp > 0 && { urls: urlsToLookUp }),
                    requestsPerMinute: options.requestsPerMinute,
                    estimateMs: scheduler.estimateRemainingMs(queue.queued),
                    ...(analyses && { requestsPerUpload: analyses.requestsPerUpload }),
                });
                if (!verdictCache)
                    return estimate(uniqueHashes, urls.length);
                // Only what the cache cannot answer is asked: known once it is restored, when the hashes still queued are answered from it.
                void cacheLoaded.then(() => {
                    queue.answerWaiting((sha256) => verdictCache.reuse(sha256, new Date(), reusable));
                    const use = verdictCache.use();
                    estimate(uniqueHashes - use.reused, urls.length - (use.urls?.reused ?? 0));
                });
            },
        });
        urlOutcomes = await urlLookups;
    }
    finally {
        queue.clear(); // the outcomes are in `scanned` now; the progress watcher outlives the scan
        clearInterval(ticker);
        scheduler.stop('The scan stopped before this lookup.'); // nothing left to wait for, should the scan have failed
        hashPool.close();
        client.dispose();
    }
    ports.log.debug(`Looked up every hash at ${elapsed()} ms.`);
    snapshot.stage = 'judging';
    const now = new Date();
    const judgement = withUrls(judge(scanned, options.policy, now, urlsOnly), urls.map((item, index) => judgeUrl(item, urlOutcomes[index], options.policy, now)));
    if (verdictCache) {
        await cacheLoaded; // also when no hash was looked up, so a failed restore is still said
        await verdictCache.save();
        ports.log.debug(`Saved the verdict cache at ${elapsed()} ms.`);
    }
    return { judgement, skipped: listed.skipped, cache: verdictCache?.use() ?? null };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(581);
;// CONCATENATED MODULE: ./src/core/walk.ts
// The listing port in the core: one readdir walk with @actions/glob's pattern semantics, and no
// second look at what it found. Directory entries carry their type, so a plain file costs no stat;
// only links are stat'ed (to follow them) and directories (to catch link loops by device and inode).
// Matching is minimatch's, with the options @actions/glob gives it.







/** @actions/glob's MatchKind bits: a pattern with a trailing `/` matches directories only. */
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = MATCH_DIRECTORY | MATCH_FILE;
/** The walk runs synchronously (a stat-free walk is fastest so) and lets timers and signals in this often. */
const YIELD_EVERY_MS = 10;
const SEPARATOR = Buffer.from('/');
const FILE = 'file';
/** A pattern in `files` that cannot be used: the message names it and says what is accepted. */
class PatternError extends Error {
    name = 'PatternError';
}
class Pattern {
    negate;
    /** Set for the `<pattern>/**` added for every pattern, so a matched directory means its whole tree. */
    implicit;
    /** The pattern as matched: absolute, its root escaped. */
    text;
    trailingSeparator;
    /** Where the walk starts for it: the leading segments without wildcards. */
    searchPath;
    base;
    endsWithGlobstar;
    matcher;
    /** `base` is the literal directory the pattern was rooted at (`/` for an absolute one). */
    constructor(negate, implicit, text, trailingSeparator, base) {
        this.negate = negate;
        this.implicit = implicit;
        this.text = text;
        this.trailingSeparator = trailingSeparator;
        this.base = base;
        this.endsWithGlobstar = text.endsWith('/**');
        this.matcher = new esm/* Minimatch */.VR(text, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
        // minimatch's parsed segments after the base: a string where a segment has no wildcard (escapes undone).
        const literal = base === '/' ? [''] : base.split('/');
        for (const segment of (this.matcher.set[0] ?? []).slice(literal.length)) {
            if (typeof segment !== 'string')
                break;
            literal.push(segment);
        }
        this.searchPath = literal.join('/') || '/';
    }
    /** The same pattern with `/**` added: what makes a matched directory stand for its whole tree. */
    withDescendants() {
        return new Pattern(this.negate, true, `${this.text === '/' ? '' : this.text}/**`, false, this.base);
    }
    match(itemPath) {
        // As @actions/glob: an explicit `dir/**` matches `dir` itself too (`dir/` matches it).
        const subject = this.endsWithGlobstar && !this.implicit && !itemPath.endsWith('/') ? `${itemPath}/` : itemPath;
        if (!this.matcher.match(subject))
            return 0;
        return this.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
    }
    /** Whether something below `directory` could match. */
    couldMatchBelow(directory) {
        return this.matcher.match(directory, true);
    }
    /** Whether everything below `directory` matches, files and directories alike: a literal path and `/**` below it. */
    matchesAllBelow(directory) {
        if (!this.endsWithGlobstar || this.trailingSeparator || this.text !== `${this.searchPath === '/' ? '' : this.searchPath}/**`)
            return false;
        return directory === this.searchPath || directory.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`);
    }
}
/**
 * The `files` text as @actions/glob reads it: one pattern a line, blank lines and `#` comments skipped,
 * each leading `!` flipping include to exclude; relative patterns rooted at `root`, `~` at `homedir`.
 * Each pattern is followed by its implicit `/**`, in order: later patterns win.
 */
function parsePatterns(patterns, root, homedir = external_node_os_default().homedir()) {
    const parsed = [];
    for (const line of patterns.split('\n').map((text) => text.trim())) {
        if (!line || line.startsWith('#'))
            continue;
        let text = line;
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        if (!text)
            throw new PatternError(`The pattern "${line}" in \`files\` has nothing after its \`!\`: write the path or pattern to exclude, such as \`!dist/**/*.map\`.`);
        text = text.replace(/\/+/g, '/');
        const segments = text.split('/');
        if (segments.some((segment, i) => segment === '..' || (segment === '.' && i > 0))) {
            throw new PatternError(`The pattern "${line}" in \`files\` uses \`.\` or \`..\` inside a path; write it from the workspace (\`dist/**\`) or as an absolute path.`);
        }
        const trailingSeparator = text.length > 1 && text.endsWith('/');
        if (trailingSeparator)
            text = text.slice(0, -1);
        const { base, pattern: rootedText } = rooted(text, root, homedir);
        const pattern = new Pattern(negate, false, rootedText, trailingSeparator, base);
        parsed.push(pattern);
        if (trailingSeparator || !pattern.text.endsWith('/**'))
            parsed.push(pattern.withDescendants());
    }
    return parsed;
}
function rooted(text, root, homedir) {
    if (text.startsWith('/'))
        return { base: '/', pattern: text };
    const [base, rest] = text === '.' || text.startsWith('./') ? [root, text.slice(2)] : text === '~' || text.startsWith('~/') ? [homedir, text.slice(2)] : [root, text];
    return { base, pattern: joinPattern(walk_escapeGlob(base), rest) };
}
function joinPattern(base, rest) {
    if (!rest)
        return base;
    return base.endsWith('/') ? base + rest : `${base}/${rest}`;
}
/** A path as a pattern that matches only itself (as @actions/glob escapes the working directory). */
function walk_escapeGlob(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/** As @actions/glob decides: each include adds what it matches, each later exclude takes it away. */
function matchKind(patterns, itemPath) {
    let kind = 0;
    for (const pattern of patterns)
        kind = pattern.negate ? kind & ~pattern.match(itemPath) : kind | pattern.match(itemPath);
    return kind;
}
/** Search paths: one per include pattern, none below another (the walk of the higher one covers it). */
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((pattern) => !pattern.negate).map((pattern) => pattern.searchPath));
    const covered = (searchPath) => {
        for (let parent = external_node_path_default().dirname(searchPath), child = searchPath; parent !== child; child = parent, parent = external_node_path_default().dirname(parent)) {
            if (candidates.has(parent))
                return true;
        }
        return false;
    };
    return [...candidates].filter((searchPath) => !covered(searchPath));
}
/**
 * The listing port over this walk. Patterns are rooted at `root` (the workspace). Links to
 * directories are followed; one that leads back to a directory above it is an error for that path
 * (when the path itself matched), not the end of the scan.
 */
function walkingGlob(root, homedir) {
    return async (patterns) => walk(parsePatterns(patterns, external_node_path_default().resolve(root), homedir), external_node_path_default().resolve(root));
}
async function walk(patterns, root) {
    const found = { paths: [], kinds: [], brokenLinks: [], followsLinks: true };
    const includes = patterns.filter((pattern) => !pattern.negate);
    const excludes = patterns.filter((pattern) => pattern.negate);
    const couldMatchBelow = (directory) => includes.some((pattern) => pattern.couldMatchBelow(directory));
    // A tree every entry of which matches (`dist/**` and no exclude that could reach into it) is walked
    // without matching each entry: minimatch per entry was most of the listing time.
    const allBelow = (directory) => includes.some((pattern) => pattern.matchesAllBelow(directory)) && !excludes.some((pattern) => pattern.couldMatchBelow(directory));
    const add = (text, bytes, kind) => {
        found.paths.push(bytes ?? text);
        found.kinds.push(kind);
    };
    const stack = [];
    /** One matched-or-partly-matched entry, whatever its type; directories go on the stack. */
    /** One entry (its directory entry, or its lstat for a search path); directories go on the stack. */
    const examine = (text, bytes, entry, parent, known) => {
        const kind = known ?? matchKind(patterns, text);
        if (kind === 0 && !couldMatchBelow(text))
            return;
        let info;
        // A link is followed; an entry of unknown type (some file systems say none) is looked at.
        if (entry.isSymbolicLink() || !(entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) {
            try {
                info = (0,external_node_fs_.statSync)(bytes ?? text);
            }
            catch (error) {
                if (error.code === 'ENOENT') {
                    if (kind & MATCH_FILE && entry.isSymbolicLink())
                        found.brokenLinks.push(bytes ? showBytes(bytes) : text);
                    return; // gone since the directory was read: nothing to judge
                }
                if (kind & MATCH_FILE)
                    add(text, bytes, { error: describeStatError(error) });
                return;
            }
        }
        if (info ? info.isDirectory() : entry.isDirectory()) {
            let id;
            try {
                const { dev, ino } = info ?? (entry instanceof external_node_fs_.Stats ? entry : (0,external_node_fs_.statSync)(bytes ?? text));
                id = `${dev}:${ino}`;
            }
            catch (error) {
                if (kind !== 0)
                    add(text, bytes, { error: describeStatError(error) });
                return;
            }
            for (let above = parent; above; above = above.parent) {
                if (above.id !== id)
                    continue;
                // Everything below it is walked already; only a path that was itself matched is worth a word.
                if (kind !== 0)
                    add(text, bytes, { error: `it is a symbolic link loop (ELOOP): it leads back to ${describePath(above.bytes ? showBytes(above.bytes) : above.text, root).displayPath}` });
                return;
            }
            stack.push({ text, bytes, id, parent });
            return;
        }
        if (!(kind & MATCH_FILE))
            return;
        const regular = info ? info.isFile() : entry.isFile();
        add(text, bytes, regular ? FILE : { special: specialFileType(info ?? entry) });
    };
    for (const searchPath of searchPaths(patterns)) {
        let entry;
        try {
            entry = (0,external_node_fs_.lstatSync)(searchPath, { throwIfNoEntry: false });
        }
        catch (error) {
            add(searchPath, null, { error: describeStatError(error) });
            continue;
        }
        if (entry)
            examine(searchPath, null, entry, null); // a search path that does not exist matches nothing
    }
    let lastYield = performance.now();
    while (stack.length > 0) {
        const directory = stack.pop();
        let entries;
        try {
            entries = readEntries(directory);
        }
        catch (error) {
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
                }
                else
                    examine(text, null, entry, directory, known);
            }
            else {
                // Patterns see U+FFFD for bytes that are not UTF-8 (as @actions/glob would); the bytes are kept.
                const bytes = directory.bytes || !(0,external_node_buffer_.isUtf8)(name) ? Buffer.concat([directory.bytes ?? Buffer.from(prefix), SEPARATOR, name]) : null;
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
function readEntries(directory) {
    if (directory.bytes)
        return (0,external_node_fs_.readdirSync)(directory.bytes, { withFileTypes: true, encoding: 'buffer' });
    const entries = (0,external_node_fs_.readdirSync)(directory.text, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes('\uFFFD')))
        return entries;
    return (0,external_node_fs_.readdirSync)(directory.text, { withFileTypes: true, encoding: 'buffer' });
}

;// CONCATENATED MODULE: ./src/report/text.ts
// Escaping for text that comes from outside (file names, threat names, service messages).
/** How much of one outside text (a threat or engine name, a service's message) is shown. */
const MAX_SHOWN_CHARS = 300;
/**
 * The text cut to `max` characters with a marker saying how much was left out, so one huge name from
 * the service cannot crowd out the rest of a report. Never splits a surrogate pair.
 */
function text_clip(text, max = MAX_SHOWN_CHARS) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
/**
 * Characters that change how the text around them is shown without being seen themselves:
 * bidirectional embeddings, overrides and isolates, zero-width spaces, joiners and marks, and the BOM.
 * Raw, they let `evil\u202egpj.exe` read as `evilexe.jpg`.
 */
const INVISIBLE_FORMAT = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Invisible format characters shown as `\uXXXX`, for text whose line breaks are escaped elsewhere. */
function escapeInvisible(text) {
    return text.replace(INVISIBLE_FORMAT, unicodeEscape);
}
/**
 * Control and invisible format characters shown as visible escapes, so a name can never start a new
 * log line, break a block, or show itself in another order than it is written.
 */
function text_oneLine(text) {
    return escapeInvisible(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
        if (char === '\n')
            return '\\n';
        if (char === '\r')
            return '\\r';
        if (char === '\t')
            return '\\t';
        return unicodeEscape(char);
    });
}
function unicodeEscape(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** An engine's verdict as shown in messages: `Engine: threat name`, both clipped. */
function describeDetection({ engine, result }) {
    return result ? `${text_clip(engine)}: ${text_clip(result)}` : text_clip(engine);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Text safe inside HTML and Markdown: HTML specials become entities, and Markdown's and GitHub's
 * specials (table pipes, backticks, emphasis, links, math, @mentions, #refs) become numeric
 * references, which render as themselves but are never read as syntax. What GitHub would autolink
 * (`https://…`, `www.…`) has its `:` or `.` wrapped in a `<span>`: autolinking works on runs of text,
 * and an entity alone is decoded back into the run before it does.
 */
function text_escapeHtml(text) {
    return text_oneLine(text)
        .replace(/[&<>"'|`*_[\]\\~$@#]/g, (char) => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`)
        .replace(/:(?=\/\/)|(?<=www)\./gi, (char) => `<span>${char}</span>`);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** A date as YYYY-MM-DD (UTC), or an em dash when the service gave none. */
function formatDate(date) {
    return date ? date.toISOString().slice(0, 10) : '—';
}
function text_plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ./src/report/cache-use.ts

/**
 * "114 of 120 unique hashes from the cache (up to 6 h old), 6 looked up", with "and 2 of 3 URLs" when
 * URLs were looked up too; null when the cache was off or nothing was asked.
 */
function describeCacheUse(use, now = new Date()) {
    if (use === null)
        return null;
    const kinds = [{ reused: use.reused, lookedUp: use.lookedUp, one: 'unique hash', many: 'unique hashes' }, ...(use.urls ? [{ ...use.urls, one: 'URL', many: 'URLs' }] : [])].filter((kind) => kind.reused + kind.lookedUp > 0);
    if (kinds.length === 0)
        return null;
    const reused = kinds.reduce((sum, kind) => sum + kind.reused, 0);
    const lookedUp = kinds.reduce((sum, kind) => sum + kind.lookedUp, 0);
    const counted = kinds.map((kind) => `${reused === 0 ? '' : `${kind.reused} of `}${text_plural(kind.reused + kind.lookedUp, kind.one, kind.many)}`).join(' and ');
    if (reused === 0)
        return `Verdict cache: none of ${counted} from the cache, ${lookedUp} looked up.`;
    const age = use.oldestFetchedAt === null ? '' : ` (up to ${describeAge(now.getTime() - use.oldestFetchedAt.getTime())} old)`;
    return `Verdict cache: ${counted} from the cache${age}, ${lookedUp} looked up.`;
}
/** An age in the largest unit that reads well: "40 s", "12 min", "6 h", "3 d". */
function describeAge(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    if (seconds < 3600)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 48 * 3600)
        return `${Math.round(seconds / 3600)} h`;
    return `${Math.round(seconds / 86_400)} d`;
}
/** The JSON report's `cache` member: what the run reused and asked, and the age of the oldest reuse. */
function cacheUseData(use, now) {
    if (use === null)
        return null;
    const oldest = use.oldestFetchedAt;
    return {
        reused: use.reused,
        lookedUp: use.lookedUp,
        urls: use.urls ?? null, // URLs answered from the cache and asked; null when the run looked no URL up
        oldestFetchedAt: oldest?.toISOString() ?? null,
        oldestAgeSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)),
        problems: use.problems,
    };
}
/** The job summary's note on the cache, kept apart from summary.ts: a paragraph, or '' when there is nothing to say. */
function summaryCacheNote(use, now = new Date()) {
    const line = describeCacheUse(use, now);
    return line === null ? '' : `\n<p><sub>${escapeHtml(line)}</sub></p>\n`;
}

;// CONCATENATED MODULE: ./src/report/findings.ts
// What every report agrees on: which artifacts need attention, the order they are listed in (worst
// first), how a hash is shortened and how detections read. Plain text; each renderer escapes.



const CONSEQUENCE_ORDER = ['fail', 'warn', 'pass'];
/** How each status reads in the summary and the release notes. */
const findings_STATUS_LABELS = {
    malicious: '🔴 malicious',
    suspicious: '🟠 suspicious',
    error: '⚠️ error',
    unscanned: '🚧 unscanned',
    flagged: '🟡 flagged',
    unanalysed: '❔ unanalysed',
    pending: '🕓 pending',
    unknown: '❔ unknown',
    allowed: '☑️ allowed',
    clean: '✅ clean',
};
/** Characters of a SHA-256 shown where room is short; the full hash goes in the link title and the details. */
const SHORT_HASH_LENGTH = 12;
function shortHash(sha256) {
    return sha256.slice(0, SHORT_HASH_LENGTH);
}
/** Neither clean nor allowed: an artifact someone has to look at, whatever the policy made of it. */
function needsAttention(result) {
    return result.status !== 'clean' && result.status !== 'allowed';
}
/**
 * Most serious first: failing before warning before passing, malicious before errors before
 * unknowns, and within a status the most detected first. Ties keep their order (sorted by path).
 */
function findings_worstFirst(results) {
    const rank = (r) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
    const detections = (r) => (r.status === 'suspicious' ? (r.counted?.suspicious ?? 0) : (r.counted?.malicious ?? 0));
    return [...results].sort((a, b) => rank(a) - rank(b) || detections(b) - detections(a) || (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
}
/** The detections that count toward the thresholds (ignored engines left out), of one category or all. */
function countedEngines(report, policy, category) {
    return report?.detections.filter((d) => (category === undefined || d.category === category) && !isIgnoredEngine(policy, d.engine)) ?? [];
}
/** A report's detections, each marked whether the policy ignores its engine. */
function markIgnored(report, policy) {
    return report?.detections.map((d) => ({ ...d, ignored: isIgnoredEngine(policy, d.engine) })) ?? [];
}
/** The detections of engines the policy ignores, as the service spelled their names. */
function ignoredDetections(result, policy) {
    return result.report?.detections.filter((d) => isIgnoredEngine(policy, d.engine)) ?? [];
}
/**
 * The detections as short lines, counted apart from ignored: `3/79 malicious`, `2 suspicious`,
 * `+1 ignored`. The line the status is about comes first, so a suspicious artifact never reads as
 * `0/69`; an unanalysed one says how many engines gave a verdict against min-engines. Null without a report.
 */
function findings_detectionLines(result, policy) {
    const { report, counted } = result;
    if (!report || !counted)
        return null;
    const status = result.allowed?.otherwise ?? result.status;
    const lines = [];
    if (status === 'unanalysed') {
        lines.push(`${text_plural(analysedEngines(report), 'verdict')}`, `min-engines=${policy.minEngines}`);
        if (counted.malicious > 0)
            lines.push(`${counted.malicious} malicious`);
    }
    else if (status === 'suspicious') {
        lines.push(`${counted.suspicious}/${report.engineCount} suspicious`);
        if (counted.malicious > 0)
            lines.push(`${counted.malicious} malicious`);
    }
    else {
        lines.push(`${counted.malicious}/${report.engineCount} malicious`);
    }
    if (status !== 'suspicious' && counted.suspicious > 0)
        lines.push(`${counted.suspicious} suspicious`);
    const ignored = ignoredDetections(result, policy).length;
    if (ignored > 0)
        lines.push(`+${ignored} ignored`);
    return lines;
}
/**
 * Ignored engine names as the service spells them (the policy keeps them lower-cased), in the
 * policy's order; a name no report mentions stays as given.
 */
function ignoredEngineNames(results, policy) {
    const spelled = new Map();
    for (const result of results)
        for (const d of ignoredDetections(result, policy))
            if (!spelled.has(d.engine.toLowerCase()))
                spelled.set(d.engine.toLowerCase(), d.engine);
    return policy.ignoreEngines.map((name) => spelled.get(name) ?? name);
}
/** fail-engines names as the service spells them (the policy keeps them lower-cased), in the policy's order. */
function failEngineNames(results, policy) {
    const spelled = new Map();
    for (const result of results)
        for (const engine of result.decidedBy.engines ?? [])
            if (!spelled.has(engine.toLowerCase()))
                spelled.set(engine.toLowerCase(), engine);
    return policy.failEngines.map((name) => spelled.get(name) ?? name);
}
/** A sentence that ends in exactly one full stop, whatever the text it ends with. */
function sentence(text) {
    const trimmed = text.trimEnd();
    return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/**
 * What an upload in this run did for the artifact, in words, with the analysis link where the provider
 * has one: "Analysed now (uploaded in this run)" or "Uploaded; the analysis is not complete". Null
 * when nothing was uploaded.
 */
function describeUpload(result, provider) {
    const submission = result.submission;
    if (!submission || submission.state === 'not-uploaded')
        return null;
    const link = submission.analysisId ? analysisLink(provider, submission.analysisId) : null;
    return { text: submission.state === 'analysed' ? 'Analysed now (uploaded in this run)' : 'Uploaded; the analysis is not complete', link };
}
/**
 * Why an artifact was not scanned fully, as a sentence: `dist/a.zip!/x.so was not read: it is encrypted.`
 * (a member without a hash) or `dist/a.zip was not scanned fully: it could not be read as zip: …`. Null when it was.
 */
function describeUnscanned({ artifact, sha256 }) {
    if (artifact.unscanned === undefined)
        return null;
    return sentence(`${artifact.displayPath} ${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${artifact.unscanned}`);
}
/** Members shown by name where an archive says why it fails; the rest are counted. */
const MEMBERS_NAMED = 3;
/** `dist/a.zip!/x.so, dist/a.zip!/y.so and 4 more`: the failing members an archive holds, each on one line. Null when none fail. */
function describeFailingMembers(result) {
    const paths = result.failingMembers?.paths;
    if (!paths)
        return null;
    // One line wherever the decision goes (a log line, a table cell): a member's name is outside text.
    const named = paths.slice(0, MEMBERS_NAMED).map(text_oneLine);
    const more = paths.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/decision.ts
// Which rule decided an artifact, in one wording shared by every report: the job summary, the
// annotations, SARIF, the JSON report, JUnit, Code Quality, the console table and the log lines.





const OUTCOME_WORDS = { fail: 'failed', warn: 'warning', pass: 'passed' };
/** `failed: Kaspersky is in fail-engines`: what the policy made of the artifact, and which rule made it so. One line. */
function decision_describeDecision(result, policy, provider) {
    const expired = result.decidedBy.expiredAllow;
    const own = `${OUTCOME_WORDS[ownConsequence(result)]}: ${decisionReason(result, policy, provider)}${expired ? `; ${describeExpiry(expired)}` : ''}`;
    // An archive fails with the members it holds; what its own hash made of it comes after.
    const members = describeFailingMembers(result);
    if (members === null)
        return own;
    const count = result.failingMembers.paths.length;
    return `${OUTCOME_WORDS.fail}: it holds ${count === 1 ? 'a failing member' : `${count} failing members`}: ${members}; by its own hash, ${own}`;
}
/** The rule each status has when nothing but its own threshold or setting decided it. */
const USUAL_RULE = {
    malicious: 'max-malicious',
    suspicious: 'max-suspicious',
    error: 'on-error',
    unscanned: 'on-error',
    flagged: 'warn-malicious',
    unanalysed: 'min-engines',
    pending: 'on-unknown',
    unknown: 'on-unknown',
    allowed: 'allow',
    clean: 'within-thresholds',
};
/** Whether the status alone says which rule decided; where room is short, only the other decisions need saying. */
function decidedAsUsual(result) {
    return result.decidedBy.rule === USUAL_RULE[result.status] && result.decidedBy.expiredAllow === undefined && result.failingMembers === undefined;
}
/** The decision as a sentence of its own, after others: `Failed: Kaspersky is in fail-engines.` */
function decisionSentence(decision) {
    return sentence(decision.charAt(0).toUpperCase() + decision.slice(1));
}
/** The rule's half of the decision, without the outcome: `Kaspersky is in fail-engines`. */
function decisionReason(result, policy, provider) {
    const { report, counted } = result;
    const consequence = ownConsequence(result);
    const of = report ? ` of ${report.engineCount}` : '';
    const malicious = counted?.malicious ?? 0;
    const say = (count, category) => `${count}${of} engine${report?.engineCount === 1 && count === 1 ? '' : 's'} say${count === 1 ? 's' : ''} ${category}`;
    switch (result.decidedBy.rule) {
        case 'allow': {
            const entry = result.item ? policy.allowUrlEntries?.[result.item.url] : policy.allowEntries[result.sha256 ?? ''];
            return `allowed by ${entry ? entryName(entry) : 'allow'} (${text_oneLine(result.allowed?.reason ?? '')})${entry?.expires ? `, until it expires on ${entry.expires}` : ''}`;
        }
        case 'fail-engines': {
            const engines = (result.decidedBy.engines ?? []).map(text_oneLine);
            return `${joinAnd(engines)} ${engines.length === 1 ? 'is' : 'are'} in fail-engines`;
        }
        case 'max-malicious':
            return `${say(malicious, 'malicious')}, more than max-malicious=${policy.maxMalicious}`;
        case 'max-malicious-percent': {
            const analysed = report ? analysedEngines(report) : 0;
            return `${malicious} of ${text_plural(analysed, 'engine')} with a verdict say${malicious === 1 ? 's' : ''} malicious (${share(malicious, analysed)} %), more than max-malicious-percent=${policy.maxMaliciousPercent}`;
        }
        case 'max-suspicious':
            return `${say(counted?.suspicious ?? 0, 'suspicious')}, more than max-suspicious=${policy.maxSuspicious}`;
        case 'min-engines':
            return `verdicts from only ${text_plural(report ? analysedEngines(report) : 0, 'engine')}, fewer than min-engines=${policy.minEngines} (on-unknown=${consequence})`;
        case 'warn-malicious':
            return `${say(malicious, 'malicious')}, more than warn-malicious=${policy.warnMalicious} and not more than max-malicious=${policy.maxMalicious}`;
        case 'within-thresholds':
            return `${say(malicious, 'malicious')}, not more than max-malicious=${policy.maxMalicious}`;
        case 'on-unknown':
            // A pending upload is judged like an unknown file, but the service has it now.
            if (result.status === 'pending')
                return `uploaded, not yet analysed by ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
            return `unknown to ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
        case 'on-error':
            // Not scanned fully (an archive not opened, a member not read) is judged like an error: it may hide what the gate looks for.
            if (result.status === 'unscanned')
                return `not scanned fully (on-error=${consequence})`;
            return `could not be checked (on-error=${consequence})`;
        case 'unusable-service':
            return 'nothing could be checked with this key and api-url, whatever on-error says';
    }
}
/** `allow line 3 (for 3f0c9a5e0d1b…) expired on 2026-11-01 and no longer allows`. */
function describeExpiry(expired) {
    return `its entry in ${entryName(expired)} expired on ${expired.expires} and no longer allows`;
}
/** The warning for an expired entry, which names the line and the date. */
function describeExpiredAllow(expired) {
    // A URL is named as people are shown it: masked and defanged.
    const [subject, judged] = expired.url === undefined ? [expired.sha256, 'an artifact with that hash is'] : [text_oneLine(defang(expired.url)), 'that URL is'];
    return (`${entryName(expired)} allowed ${subject} (${text_oneLine(expired.reason)}) until ${expired.expires}: from that day it no longer allows, ` +
        `and ${judged} judged like any other. Remove the line, or give it a new date once the reason is checked again.`);
}
/** `allow line 2`, `allow-file (.github/allow.txt) line 3`. */
function entryName(entry) {
    return `${text_oneLine(entry.source)} line ${entry.line}`;
}
/** The share with one decimal, never rounded up to the limit it is compared with. */
function share(count, total) {
    return total === 0 ? '0' : (Math.floor((count * 10_000) / total) / 100).toString();
}
function joinAnd(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/console-table.ts




const GAP = '  ';
const THREAT_NAMES_SHOWN = 3;
/** Below these a column is not squeezed further: the line overflows instead. */
const MIN_SUBJECT_WIDTH = 20;
const MIN_DETAILS_WIDTH = 12;
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
function statusColour(status, consequence) {
    if (status === 'malicious')
        return `${SGR.bold};${SGR.red}`;
    if (consequence === 'fail')
        return SGR.red;
    if (consequence === 'warn')
        return SGR.yellow;
    if (status === 'clean')
        return SGR.green;
    return status === 'allowed' ? SGR.cyan : SGR.dim;
}
function renderConsoleTable(results, options) {
    if (results.length === 0)
        return 'No artifacts were checked.\n';
    const rows = findings_worstFirst(results).map((result) => ({
        subject: terminalSafe(result.artifact.displayPath),
        status: result.status,
        detections: detections(result),
        details: details(result, options),
        link: (result.sha256 && reportLink(options.provider, result.sha256)) ?? '',
        colour: statusColour(result.status, result.consequence),
    }));
    const heading = { subject: options.subject ?? 'ARTIFACT', status: 'STATUS', detections: 'DETECTIONS', details: 'DETAILS', link: 'LINK', colour: '' };
    const widthOf = (key) => Math.max(...[heading, ...rows].map((row) => displayWidth(row[key])));
    const hasLinks = rows.some((row) => row.link !== '');
    const fixed = widthOf('status') + widthOf('detections') + 3 * GAP.length;
    const linkWidth = hasLinks ? GAP.length + widthOf('link') : 0;
    const [natural, naturalDetails] = [widthOf('subject'), widthOf('details')];
    const minimum = Math.min(natural, MIN_SUBJECT_WIDTH) + Math.min(naturalDetails, MIN_DETAILS_WIDTH);
    // A link is never cut: when it does not fit beside the rest, it goes on a line of its own under its row.
    const linkBelow = hasLinks && options.width !== null && options.width - fixed - linkWidth < minimum;
    const room = options.width === null ? Infinity : options.width - fixed - (hasLinks && !linkBelow ? linkWidth : 0);
    const [subjectWidth, detailsWidth] = console_table_share(room, natural, naturalDetails);
    const paint = (text, sgr) => (options.color && sgr !== '' ? `\u001b[${sgr}m${text}\u001b[0m` : text);
    const line = (row) => {
        const cells = [
            pad(truncateMiddle(row.subject, subjectWidth), subjectWidth),
            paint(pad(row.status, widthOf('status')), row.colour),
            pad(row.detections, widthOf('detections')),
            hasLinks && !linkBelow ? pad(truncateEnd(row.details, detailsWidth), detailsWidth) : truncateEnd(row.details, detailsWidth),
            ...(hasLinks && !linkBelow ? [row.link] : []),
        ];
        const text = cells.join(GAP).trimEnd();
        return linkBelow && row.link !== '' && row !== heading ? `${text}\n  ${row.link}` : text;
    };
    const head = paint(line(heading), SGR.bold);
    return `${[head, ...rows.map(line)].join('\n')}\n`;
}
/** Splits `room` between the subject and details columns: both whole when they fit, else the details give first. */
function console_table_share(room, subject, details) {
    if (subject + details <= room)
        return [subject, details];
    const detailsWidth = Math.max(Math.min(details, MIN_DETAILS_WIDTH), room - subject);
    const subjectWidth = Math.max(Math.min(subject, MIN_SUBJECT_WIDTH), room - detailsWidth);
    return [subjectWidth, detailsWidth];
}
function detections({ report, counted }) {
    if (!report || !counted)
        return '—';
    return `${counted.malicious}/${report.engineCount}${counted.suspicious > 0 ? ` +${counted.suspicious} susp.` : ''}`;
}
/** Which rule decided, then the error or the top threat names. */
function details(result, { policy, provider }) {
    const decision = terminalSafe(decision_describeDecision(result, policy, provider));
    if (result.allowed)
        return decision;
    if (result.error)
        return `${decision} — ${terminalSafe(result.error.message)}`;
    if (result.artifact.unscanned !== undefined)
        return `${decision} — ${terminalSafe(result.artifact.unscanned)}`;
    const report = result.report;
    const names = report ? [...new Set(report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames)] : [];
    return names.length > 0 ? `${decision} — ${names.slice(0, THREAT_NAMES_SHOWN).map(terminalSafe).join(', ')}` : decision;
}
/**
 * oneLine's escapes, and also what a terminal would act on or hide: C1 controls (U+009B starts an
 * escape sequence on some terminals), bidirectional overrides and invisible format characters.
 */
function terminalSafe(text) {
    return text_oneLine(text).replace(/[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** East Asian wide and fullwidth characters, and the common emoji blocks, take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** What the eye sees as one character (a letter and its accents, an emoji sequence), with its columns. */
function cells(text) {
    return [...graphemes.segment(text)].map(({ segment }) => ({ text: segment, width: WIDE.test(segment) ? 2 : /^[\p{Mn}\p{Me}]+$/u.test(segment) ? 0 : 1 }));
}
/** Columns the text takes on a terminal. */
function displayWidth(text) {
    return cells(text).reduce((sum, cell) => sum + cell.width, 0);
}
/** The leading cells that fit in `width` columns, as text. */
function fitStart(from, width) {
    const kept = [];
    let used = 0;
    for (const cell of from) {
        if (used + cell.width > width)
            break;
        kept.push(cell.text);
        used += cell.width;
    }
    return kept;
}
/** Cut in the middle with `…`, keeping more of the end (for a path, its file name). */
function truncateMiddle(text, width) {
    if (displayWidth(text) <= width)
        return text;
    if (width < 1)
        return '';
    const all = cells(text);
    const tail = fitStart([...all].reverse(), Math.ceil((width - 1) * 0.6)).reverse();
    const head = fitStart(all, width - 1 - displayWidth(tail.join('')));
    return `${head.join('')}…${tail.join('')}`;
}
/** Cut at the end with `…`. */
function truncateEnd(text, width) {
    if (displayWidth(text) <= width)
        return text;
    if (width < 1)
        return '';
    return `${fitStart(cells(text), width - 1).join('')}…`;
}
function pad(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

;// CONCATENATED MODULE: ./src/report/console.ts



const SKIPPED_LISTED = 10;
function describeSkipped(skipped) {
    const listed = skipped.slice(0, SKIPPED_LISTED).map(({ path: skippedPath, reason }) => `${skippedPath} (${reason})`);
    const more = skipped.length > SKIPPED_LISTED ? `, and ${skipped.length - SKIPPED_LISTED} more` : '';
    return text_oneLine(`Skipped ${text_plural(skipped.length, 'matched path')} that ${skipped.length === 1 ? 'is' : 'are'} not a file to check: ${listed.join(', ')}${more}.`);
}
function describeNoFiles(patterns) {
    return `No files were found with the provided patterns: ${text_oneLine(patterns.trim().split('\n').join(', '))}. No artifacts were checked.`;
}
function describeChecking(artifacts, providerName, apiUrl, urls = 0) {
    return `Checking ${text_plural(artifacts, 'artifact')}${andUrls(urls)} against ${providerName} (${apiUrl}).`;
}
/** ` and 3 URLs` when URLs are checked beside the artifacts or hashes. */
function andUrls(urls) {
    return urls > 0 ? ` and ${text_plural(urls, 'URL')}` : '';
}
function describePassed(summary) {
    const urls = summary.urls ? text_plural(summary.urls.length, 'URL') : '';
    if (summary.urlsOnly)
        return `Gate passed: ${urls} checked.`;
    return `Gate passed: ${text_plural(summary.counts.scanned, 'artifact')}${urls ? ` and ${urls}` : ''} checked.`;
}
/** A run given URLs and no `files`: said instead of describeChecking (and of the no-files warning). */
function describeCheckingUrls(urls, providerName, apiUrl) {
    return `No files given: checking ${text_plural(urls, 'URL')} only against ${providerName} (${apiUrl}).`;
}
/**
 * The heading of the results and one line per artifact, worst first, with the detections as every
 * report reads them (counted and ignored apart) and the rule that decided; null when there is nothing
 * to list. Each line is rendered when it is read: 100,000 artifacts never make 100,000 lines at once.
 */
function describeResults(summary, policy, provider) {
    if (summary.results.length === 0)
        return null;
    const { counts } = summary;
    const flagged = counts.flagged > 0 ? `${counts.flagged} flagged, ` : '';
    const pending = counts.pending > 0 ? `, ${counts.pending} pending` : '';
    const unscanned = counts.unscanned > 0 ? `, ${counts.unscanned} unscanned` : '';
    const title = `Results: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${flagged}${counts.unknown + counts.unanalysed} unknown${pending}, ${counts.error} errors${unscanned}, ${counts.allowed} allowed, ${counts.clean} clean`;
    return { title, lines: resultLines(worstFirst(summary.results), policy, provider) };
}
function* resultLines(ordered, policy, provider) {
    for (const result of ordered)
        yield resultLine(result, policy, provider);
}
function resultLine(result, policy, provider) {
    const { artifact, status, report, error, allowed, submission } = result;
    const detections = detectionLines(result, policy);
    const unscanned = artifact.unscanned === undefined ? null : `: ${result.sha256 === null ? 'not read' : 'not scanned fully'}: ${clip(artifact.unscanned)}`;
    const details = [allowed ? `(${clip(allowed.reason)})` : null, detections ? detections.join(', ') : null, error ? `: ${clip(error.message)}` : null, unscanned, report?.contradiction ?? null].filter((part) => part !== null);
    const detail = details.map((part) => (part.startsWith(':') ? part : ` ${part}`)).join('');
    const submitted = submission ? describeSubmission(submission) : '';
    return `${status.padEnd(10)} ${oneLine(artifact.displayPath)}${oneLine(detail + submitted)} — ${describeDecision(result, policy, provider)}`;
}
/** How an upload went, after an artifact's verdict: analysed now, pending with its analysis, or why not uploaded. */
function describeSubmission({ state, analysisId, reason }) {
    if (state === 'analysed')
        return ` (analysed now${analysisId ? `, analysis ${analysisId}` : ''})`;
    if (state === 'pending')
        return ` (uploaded, analysis ${analysisId} not complete: ${clip(reason ?? '')})`;
    return ` (not uploaded: ${clip(reason ?? '')})`;
}
/** Said once when uploads are on: what an upload means for the files, in plain words. */
function describeUploadsOn(providerName, patterns) {
    const shown = text_oneLine(patterns.trim().split(/\r?\n/).join(', '));
    return (`upload-unknown is on: a file ${providerName} has never seen is uploaded for analysis when upload-files (${shown}) matches it. ` +
        `What is uploaded becomes available to ${providerName}'s premium customers, and the public API is not for commercial workflows; ` +
        'narrow upload-files to keep files private.');
}
/** The one line a cancelled run leaves: how far it got, so a re-run can be judged worth it. */
function describeCancelled(signal, { stage, artifacts, hashed, lookups }) {
    const where = stage === 'listing'
        ? 'while listing the files to check'
        : stage === 'judging'
            ? `after checking all ${text_plural(artifacts, 'artifact')}, while writing the reports`
            : `after hashing ${hashed} of ${text_plural(artifacts, 'artifact')} and looking up ${lookups?.done ?? 0} of ${text_plural((lookups?.done ?? 0) + (lookups?.pending ?? 0), 'unique hash', 'unique hashes')} found so far`;
    return `The scan was cancelled (${signal}) ${where}; no verdict was reached.`;
}

;// CONCATENATED MODULE: ./src/report/json-report.ts








/** Failing members an archive's entry names; the members' own entries are all in the report. */
const FAILING_MEMBERS_LISTED = 10;
/** 3: URLs (`urls`, `urlCounts`, `policy.allowUrls`), the verdict cache, `decidedBy` and `expiredAllows`. */
const REPORT_SCHEMA_VERSION = 3;
function reportHeader(scan, context) {
    return {
        schema: `${version/* ACTION_NAME */.p}/report`,
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: version/* ACTION_NAME */.p, version: version/* ACTION_VERSION */.Y },
        generatedAt: context.generatedAt.toISOString(),
        provider: context.provider,
        apiUrl: context.apiUrl,
        policy: maskedPolicy(context.policy),
        result: scan.result,
        failureMessage: scan.failureMessage,
        counts: scan.counts,
        cache: cacheUseData(context.cache ?? null, context.generatedAt),
        expiredAllows: scan.expiredAllows.map((entry) => ({ ...entry, warning: describeExpiredAllow(entry) })),
        urlCounts: urlCounts(scan.urls ?? []),
    };
}
/** The policy as parsed, with allowed URLs masked as everywhere else (a URL may hold a token). */
function maskedPolicy(policy) {
    if (!policy.allowUrls)
        return policy;
    const masked = (byUrl) => Object.fromEntries(Object.entries(byUrl ?? {}).map(([url, value]) => [parseUrlLine(url).display, value]));
    return { ...policy, allowUrls: masked(policy.allowUrls), allowUrlEntries: masked(policy.allowUrlEntries) };
}
function reportArtifact(result, provider, policy) {
    const { artifact, report, error, sha256 } = result;
    return {
        path: artifact.displayPath, // a hash list's entries: the hash as given
        container: artifact.member?.chain.slice(0, -1) ?? null, // v3: the archives holding a member, outermost first
        size: artifact.hash ? null : artifact.size,
        hashKind: artifact.hash?.kind ?? null, // set for a hash list's entries: what the hash in `path` is
        sha256,
        status: result.status,
        consequence: result.consequence,
        link: sha256 ? reportLink(provider, sha256) : null,
        allowedReason: result.allowed?.reason ?? null,
        statusIfNotAllowed: result.allowed?.otherwise ?? null,
        decidedBy: { ...result.decidedBy, text: decision_describeDecision(result, policy, provider) },
        ...reportAnalysis(result, policy),
        suggestedThreatLabel: report?.suggestedThreatLabel ?? null,
        firstSeen: report?.firstSeen?.toISOString() ?? null,
        lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
        staleDays: result.staleDays,
        cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
        unscanned: artifact.unscanned ?? null, // v3: why it was not scanned fully (status `unscanned` unless its own hash fails it)
        // v3: an archive holding members that fail: it fails with them (the first few named), and what its own hash made of it.
        failingMembers: result.failingMembers
            ? { count: result.failingMembers.paths.length, paths: result.failingMembers.paths.slice(0, FAILING_MEMBERS_LISTED), ownConsequence: result.failingMembers.ownConsequence }
            : null,
        error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
        // upload-unknown: `analysed` (judged by the analysis of this run's upload), `pending` or `not-uploaded`.
        upload: result.submission
            ? {
                state: result.submission.state,
                analysisId: result.submission.analysisId,
                analysisLink: result.submission.analysisId ? analysisLink(provider, result.submission.analysisId) : null,
                reason: result.submission.reason,
            }
            : null,
    };
}
/** What artifacts and URLs report alike of their analysis, in this order. */
function reportAnalysis(result, policy) {
    const { report } = result;
    return {
        stats: report?.stats ?? null,
        engineCount: report?.engineCount ?? null,
        analysedEngines: report ? analysedEngines(report) : null,
        counted: result.counted,
        contradiction: report?.contradiction ?? null, // the stats count fewer detections than the engines listed
        detections: markIgnored(report, policy),
        threatNames: report?.threatNames ?? [],
    };
}
/** The report as pieces, artifact by artifact, for writeReportFile: 100,000 artifacts never make one huge string. */
function* jsonReportText(scan, context) {
    const header = JSON.stringify(reportHeader(scan, context), null, 2);
    yield `${header.slice(0, -2)},\n  "artifacts": [`; // reopen the header object to append the list
    for (const [index, result] of scan.results.entries()) {
        yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportArtifact(result, context.provider, context.policy))}`;
    }
    yield `${scan.results.length === 0 ? '' : '\n  '}],\n  "urls": [`;
    const urls = scan.urls ?? [];
    for (const [index, result] of urls.entries())
        yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportUrl(result, context.provider, context.policy))}`;
    yield `${urls.length === 0 ? '' : '\n  '}]\n}\n`;
}

;// CONCATENATED MODULE: ./src/report/urls.ts








const ENGINES_IN_MESSAGE = 8;
/** Rows of the summary's URL table; the JSON report has every URL. */
const URL_ROWS_SHOWN = 200;
/** The URL as people see it: masked and defanged, on one line. */
function shownUrl(result) {
    return text_oneLine(defang(result.item.display));
}
/** Where the URL was given: `urls line 3` or `urls-file deploy/urls.txt line 3`. */
function urlSource({ item: { source } }) {
    return source.input === 'urls-file' ? `urls-file ${source.file} line ${source.line}` : `urls line ${source.line}`;
}
/** The service's page for the URL's report; null where the provider has none (or the id is not the SHA-256). */
function urlReportLink(provider, result) {
    const id = result.report?.id;
    return provider === 'virustotal' && id && /^[0-9a-f]{64}$/.test(id) ? `https://www.virustotal.com/gui/url/${id}` : null;
}
/** Worst first, as the artifacts. */
function urlsWorstFirst(urls) {
    const rank = (r) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
    return [...urls].sort((a, b) => rank(a) - rank(b) || (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
}
/** The detections as the artifacts' read (`3/94 malicious`, `+1 ignored`), and the engines that call the URL harmless. */
function urlDetectionLines(result, policy) {
    // The file-report shape is what detectionLines reads; a URL report has the same analysis fields.
    const lines = findings_detectionLines(result, policy);
    // URL engines, unlike file engines, vouch for an address (`clean`): that is worth seeing beside the detections.
    const harmless = result.report?.stats.harmless ?? 0;
    return lines && harmless > 0 ? [...lines, `${harmless} harmless`] : lines;
}
/** Counts of the URLs by status, for the log, the JSON report and the summary. */
function urlCounts(urls) {
    // A URL is never uploaded, so never `pending`: that count is left out (schema 3 as documented).
    const counts = { checked: urls.length, ...Object.fromEntries(STATUS_ORDER.filter((status) => status !== 'pending').map((status) => [status, 0])) };
    for (const result of urls)
        counts[result.status] = (counts[result.status] ?? 0) + 1;
    return counts;
}
/** The log: a heading and one line per URL. Null without URLs. */
function describeUrlResults(urls) {
    if (!urls || urls.length === 0)
        return null;
    const counts = urlCounts(urls);
    const title = `URLs: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${(counts.unknown ?? 0) + (counts.unanalysed ?? 0)} unknown, ${counts.error} errors, ${counts.flagged ? `${counts.flagged} flagged, ` : ''}${counts.allowed} allowed, ${counts.clean} clean`;
    const lines = urls.map((result) => {
        const { status, report, counted, error, allowed } = result;
        const detail = allowed ? ` (${allowed.reason})` : report && counted ? ` ${counted.malicious}/${report.engineCount}` : error ? `: ${text_clip(error.message)}` : '';
        return `${status.padEnd(10)} ${shownUrl(result)}${text_oneLine(detail)}`;
    });
    return { title, lines };
}
/** Why URLs failed the gate, in the words of the policy; an error that ended the scan is said by the artifacts' line when they carry it. */
function urlFailureReasons(urls, policy, providerName) {
    if (!urls)
        return [];
    const failing = (status) => urls.filter((r) => r.status === status && r.consequence === 'fail');
    const list = (results, describe) => {
        const shown = results.slice(0, 5).map(describe).join(', ');
        return results.length > 5 ? `${shown} and ${results.length - 5} more` : shown;
    };
    const of = `of ${text_plural(urls.length, 'URL')}`;
    const reasons = [];
    // Malicious by the rule that decided it, as the artifacts' failure line says.
    const malicious = (rule) => failing('malicious').filter((r) => r.decidedBy.rule === rule);
    const byEngine = malicious('fail-engines');
    if (byEngine.length > 0)
        reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} failed by fail-engines: ${list(byEngine, (r) => `${shownUrl(r)} (${(r.decidedBy.engines ?? []).join(', ')})`)}`);
    const overCount = malicious('max-malicious');
    if (overCount.length > 0)
        reasons.push(`${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list(overCount, (r) => `${shownUrl(r)} (${r.counted?.malicious}/${r.report?.engineCount})`)}`);
    const overShare = malicious('max-malicious-percent');
    if (overShare.length > 0)
        reasons.push(`${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list(overShare, (r) => `${shownUrl(r)} (${r.counted?.malicious} of ${r.report ? analysedEngines(r.report) : 0} with a verdict)`)}`);
    const suspicious = failing('suspicious');
    if (suspicious.length > 0)
        reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list(suspicious, (r) => `${shownUrl(r)} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`)}`);
    const unknown = failing('unknown');
    if (unknown.length > 0)
        reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${list(unknown, shownUrl)}`);
    const unanalysed = failing('unanalysed');
    if (unanalysed.length > 0)
        reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list(unanalysed, shownUrl)}`);
    const stop = urls.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? urls.find((r) => verdict_endedScan(r.error) && r.consequence === 'fail');
    const errors = failing('error');
    if (stop)
        reasons.push(stop.error.message);
    else if (errors.length > 0)
        reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${list(errors, shownUrl)}`);
    return reasons;
}
/** Annotations for the URLs that warn or fail: not tied to a file (a URL has none). */
function planUrlAnnotations(urls, provider, policy) {
    const annotations = [];
    let scanStopSaid = false;
    for (const result of urlsWorstFirst(urls ?? [])) {
        // An error that ended the scan is said once, as for the artifacts (and by the failure line when it fails).
        if (endedScan(result.error)) {
            if (result.consequence === 'fail' || scanStopSaid)
                continue;
            scanStopSaid = true;
        }
        if (result.consequence === 'pass')
            continue;
        annotations.push(describeUrl(result, provider, policy));
    }
    return annotations;
}
function describeUrl(result, provider, policy) {
    const level = result.consequence === 'fail' ? 'error' : 'warning';
    const url = shownUrl(result);
    const where = ` (${urlSource(result)})`;
    const providerName = PROVIDERS[provider].name;
    const link = urlReportLink(provider, result);
    const linkText = link ? ` Report: ${link}` : '';
    const { report, counted } = result;
    if ((result.status === 'malicious' || result.status === 'suspicious') && report && counted) {
        const category = result.status;
        const engines = countedEngines(report, policy, category);
        const named = engines.slice(0, ENGINES_IN_MESSAGE).map(describeDetection);
        const more = engines.length > ENGINES_IN_MESSAGE ? `, and ${engines.length - ENGINES_IN_MESSAGE} more` : '';
        const threats = report.threatNames.length > 0
            ? ` Threat names: ${report.threatNames
                .slice(0, 5)
                .map((name) => text_clip(name))
                .join(', ')}.`
            : '';
        return {
            level,
            title: `${category === 'malicious' ? 'Malicious' : 'Suspicious'} URL: ${counted[category]}/${report.engineCount} engines`,
            message: `${url}${where} is flagged ${category} by ${counted[category]} of ${report.engineCount} engines: ${named.join(', ')}${more}.${threats}${linkText}`,
        };
    }
    if (result.status === 'unanalysed' && report) {
        return {
            level,
            title: `URL not analysed by ${providerName}`,
            message: `${url}${where} has a report with verdicts from only ${text_plural(analysedEngines(report), 'engine')} (min-engines=${policy.minEngines}).${linkText}`,
        };
    }
    if (result.status === 'unknown') {
        return { level, title: `URL unknown to ${providerName}`, message: `${url}${where} has never been seen by ${providerName}, so it has no reputation yet.` };
    }
    return { level, title: 'URL lookup failed', message: `${url}${where} could not be checked: ${text_clip(result.error?.message ?? 'unknown error')}` };
}
/** One URL in the JSON report: masked (not defanged: it is data for programs), never as given. */
function reportUrl(result, provider, policy) {
    const { item, report, error } = result;
    return {
        url: item.display,
        source: item.source,
        status: result.status,
        consequence: result.consequence,
        id: report?.id ?? null,
        link: urlReportLink(provider, result),
        allowedReason: result.allowed?.reason ?? null,
        statusIfNotAllowed: result.allowed?.otherwise ?? null,
        decidedBy: { ...result.decidedBy, text: decision_describeDecision(result, policy, provider) },
        ...reportAnalysis(result, policy),
        categories: report?.categories ?? {},
        firstSeen: report?.firstSeen?.toISOString() ?? null,
        lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
        staleDays: result.staleDays,
        cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
        error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
    };
}
/** The job summary's URL section (after the artifacts'): one row per URL, worst first. Empty without URLs. */
function renderUrlSection(urls, provider, policy) {
    if (!urls || urls.length === 0)
        return '';
    const counts = urlCounts(urls);
    const tally = ['malicious', 'suspicious', 'error', 'flagged', 'unanalysed', 'unknown', 'allowed', 'clean']
        .filter((status) => (counts[status] ?? 0) > 0)
        .map((status) => `${counts[status]} ${status}`);
    const ordered = urlsWorstFirst(urls);
    const rows = ordered.slice(0, URL_ROWS_SHOWN).map((result) => {
        const link = urlReportLink(provider, result);
        const detections = urlDetectionLines(result, policy)?.map(text_escapeHtml).join('<br>') ?? '—';
        const threats = result.report && result.report.threatNames.length > 0
            ? `<br>${result.report.threatNames
                .slice(0, 3)
                .map((name) => text_escapeHtml(text_clip(name, 60)))
                .join(', ')}`
            : '';
        const note = result.allowed ? ` (${text_escapeHtml(result.allowed.reason)})` : result.error ? `<br>${text_escapeHtml(text_clip(result.error.message))}` : '';
        const report = link ? `<a href="${link}">report</a>` : '—';
        return `<tr><td><code>${text_escapeHtml(shownUrl(result))}</code><br><sub>${text_escapeHtml(urlSource(result))}</sub></td><td>${detections}${threats}</td><td>${findings_STATUS_LABELS[result.status]}${note}</td><td>${report}</td></tr>\n`;
    });
    const more = ordered.length > URL_ROWS_SHOWN ? `\n${text_plural(ordered.length - URL_ROWS_SHOWN, 'more URL')} not listed; the JSON report has every one.\n` : '';
    return (`### URLs (${urls.length}: ${tally.join(', ')})\n\nShown defanged (\`hxxps://\`, \`[.]\`) so that no one opens one by mistake, with query values masked.\n\n` +
        `<table>\n<tr><th>URL</th><th>Detections</th><th>Status</th><th>Report</th></tr>\n${rows.join('')}</table>\n${more}\n`);
}
/** Rows for the release notes' URL table, worst first. Empty without URLs. */
function releaseNotesUrlTable(urls, provider, policy, roomChars) {
    if (!urls || urls.length === 0)
        return '';
    let text = '\n| URL | Status | Detections | Report |\n|---|---|---|---|\n';
    const ordered = urlsWorstFirst(urls);
    for (const [index, result] of ordered.entries()) {
        const link = urlReportLink(provider, result);
        const row = `| <code>${escapeHtml(shownUrl(result))}</code> | ${STATUS_LABELS[result.status]} | ${urlDetectionLines(result, policy)?.map(escapeHtml).join(', ') ?? '—'} | ${link ? `[report](${link})` : '—'} |\n`;
        if (text.length + row.length > roomChars - 200)
            return `${text}\n${plural(ordered.length - index, 'more URL')} not listed; the JSON report lists every one.\n`;
        text += row;
    }
    return text;
}
/**
 * One SARIF result for a URL that warns or fails, under the status's rule. A URL from `urls-file` is
 * located at its line there; one from the `urls` input has no file in the repository to point at, so
 * it carries a logical location (the input and line) and no physical one.
 */
function sarifUrlResult(result, provider, policy, ruleIndex, level) {
    const ruleId = `artifact-reputation/${result.status}`;
    const { source } = result.item;
    const where = urlSource(result);
    const annotation = describeUrl(result, provider, policy);
    const physical = source.input === 'urls-file' && source.file
        ? { physicalLocation: { artifactLocation: { uri: source.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: source.line } } }
        : {};
    return {
        ruleId,
        ruleIndex,
        level,
        message: { text: escapeInvisible(annotation.message) },
        locations: [{ ...physical, logicalLocations: [{ name: where, kind: 'resource' }] }],
        // One alert per rule and URL (masked) across runs.
        partialFingerprints: { primaryLocationLineHash: `${(0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${result.item.display}`).digest('hex').slice(0, 16)}:${source.line}` },
        properties: {
            url: result.item.display,
            id: result.report?.id ?? null,
            link: urlReportLink(provider, result),
            stats: result.report?.stats ?? null,
            engineCount: result.report?.engineCount ?? null,
            threatNames: result.report?.threatNames ?? [],
        },
    };
}

;// CONCATENATED MODULE: ./src/report/failure.ts
// The one line that says why the gate failed, in the words of the policy's inputs.




const FAILURE_LIST_LENGTH = 5;
const NO_FILES_MESSAGE = 'No files were found with the provided patterns (if-no-files-found=error).';
/** The judgement with its failure line: what every report renders. */
function explain(judgement, policy, providerName) {
    if (judgement.result !== 'fail')
        return { ...judgement, failureMessage: '' };
    const artifacts = failureMessage(judgement.results, judgement.urlsOnly ? { ...policy, ifNoFilesFound: 'ignore' } : policy, providerName);
    // A scan stop (a refused key) is said once, though artifacts and URLs both carry it.
    const urls = urlFailureReasons(judgement.urls, policy, providerName).filter((reason) => !artifacts.includes(reason));
    return { ...judgement, failureMessage: [artifacts, ...urls].filter(Boolean).join('; ') };
}
function failureMessage(results, policy, providerName) {
    // By each one's own verdict: an archive that fails only through its members is said after them.
    const failing = (status) => results.filter((r) => r.status === status && ownConsequence(r) === 'fail');
    const of = `of ${text_plural(results.length, 'artifact')}`;
    const reasons = [];
    if (results.length === 0 && policy.ifNoFilesFound === 'error')
        reasons.push(NO_FILES_MESSAGE);
    // In the order the rules apply; most detected first, as in every report.
    const malicious = failing('malicious').sort((a, b) => (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
    const decidedBy = (rule) => malicious.filter((r) => r.decidedBy.rule === rule);
    const byEngine = decidedBy('fail-engines');
    if (byEngine.length > 0) {
        const list = listPaths(byEngine, (r) => `${r.artifact.displayPath} (${(r.decidedBy.engines ?? []).join(', ')})`);
        reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} flagged malicious by an engine in fail-engines: ${list}`);
    }
    const overCount = decidedBy('max-malicious');
    if (overCount.length > 0) {
        const list = listPaths(overCount, (r) => `${r.artifact.displayPath} (${r.counted?.malicious}/${r.report?.engineCount})`);
        reasons.push(`${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list}`);
    }
    const overShare = decidedBy('max-malicious-percent');
    if (overShare.length > 0) {
        const list = listPaths(overShare, (r) => `${r.artifact.displayPath} (${r.counted?.malicious} of ${text_plural(analysedEngines(r.report), 'verdict')})`);
        reasons.push(`${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list}`);
    }
    const suspicious = failing('suspicious').sort((a, b) => (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
    if (suspicious.length > 0) {
        const list = listPaths(suspicious, (r) => `${r.artifact.displayPath} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`);
        reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list}`);
    }
    const unknown = failing('unknown');
    if (unknown.length > 0) {
        reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${listPaths(unknown, (r) => r.artifact.displayPath)}`);
    }
    const pending = failing('pending');
    if (pending.length > 0) {
        reasons.push(`${pending.length} ${of} ${pending.length === 1 ? 'was' : 'were'} uploaded to ${providerName} and not analysed in time (on-unknown=fail): ${listPaths(pending, (r) => r.artifact.displayPath)}`);
    }
    const unanalysed = failing('unanalysed');
    if (unanalysed.length > 0) {
        const list = listPaths(unanalysed, (r) => `${r.artifact.displayPath} (${text_plural(analysedEngines(r.report), 'engine')})`);
        reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list}`);
    }
    // A refused key (or an api-url that serves no reports) means nothing could be checked: the job
    // fails, allowed artifacts or not. An error that ended the scan is said once, not per artifact.
    const stop = results.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? results.find((r) => verdict_endedScan(r.error) && r.consequence === 'fail');
    const errors = failing('error');
    if (stop)
        reasons.push(stop.error.message);
    else if (errors.length > 0)
        reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${listPaths(errors, (r) => r.artifact.displayPath)}`);
    const unscanned = failing('unscanned');
    if (unscanned.length > 0) {
        reasons.push(`${unscanned.length} ${of} ${unscanned.length === 1 ? 'was' : 'were'} not scanned fully (on-error=fail): ${listPaths(unscanned, (r) => r.artifact.displayPath)}`);
    }
    // The outer files a release ships: each fails with the member it holds, named.
    const holders = results.filter((r) => r.failingMembers && !r.artifact.member && ownConsequence(r) !== 'fail');
    if (holders.length > 0) {
        const list = listPaths(holders, (r) => `${r.artifact.displayPath} (${describeFailingMembers(r)})`);
        reasons.push(`so ${holders.length === 1 ? '1 archive fails' : `${holders.length} archives fail`} with what ${holders.length === 1 ? 'it holds' : 'they hold'}: ${list}`);
    }
    return reasons.join('; ');
}
function listPaths(results, describe) {
    const shown = results.slice(0, FAILURE_LIST_LENGTH).map(describe).join(', ');
    const more = results.length - FAILURE_LIST_LENGTH;
    return more > 0 ? `${shown} and ${more} more` : shown;
}

;// CONCATENATED MODULE: ./src/report/verdict-text.ts





/** What the verdict is and why, as a clause that reads after the artifact's (or URL's) name; one line. */
function describeVerdict(result, provider, policy) {
    const { status, report, counted, error } = result;
    const providerName = PROVIDERS[provider].name;
    switch (status) {
        case 'malicious':
            return `flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines (${result.decidedBy.rule === 'max-malicious' ? `max-malicious=${policy.maxMalicious}` : decisionReason(result, policy, provider)})`;
        case 'flagged':
            return `flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines, a warning (warn-malicious=${policy.warnMalicious}, max-malicious=${policy.maxMalicious})`;
        case 'suspicious':
            return `flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines (max-suspicious=${policy.maxSuspicious})`;
        case 'error':
            return `could not be checked: ${text_oneLine(error?.message ?? 'unknown error')} (on-error=${policy.onError})`;
        case 'unscanned':
            // Only an artifact (an archive or a member) is ever unscanned; a URL never is.
            if (!('artifact' in result))
                return `not scanned fully (on-error=${policy.onError})`;
            return `${result.sha256 === null ? 'not read' : 'not scanned fully'}: ${text_oneLine(result.artifact.unscanned ?? 'no reason given')} (on-error=${policy.onError})`;
        case 'unknown':
            return `unknown to ${providerName}: it has no reputation (on-unknown=${policy.onUnknown})`;
        case 'pending':
            return `uploaded to ${providerName}, whose analysis did not complete in time: no verdict yet (on-unknown=${policy.onUnknown})`;
        case 'unanalysed':
            return `not analysed by ${providerName}: verdicts from only ${text_plural(report ? analysedEngines(report) : 0, 'engine')}, fewer than min-engines=${policy.minEngines} (on-unknown=${policy.onUnknown})`;
        case 'allowed':
            return `allowed: ${text_oneLine(result.allowed?.reason ?? '')} (otherwise ${result.allowed?.otherwise})`;
        case 'clean':
            return `clean: ${counted?.malicious ?? 0} of ${report?.engineCount ?? 0} engines flag it (max-malicious=${policy.maxMalicious})`;
    }
}

;// CONCATENATED MODULE: ./src/report/gitlab-codequality.ts
// A GitLab Code Quality report (artifacts:reports:codequality): the artifacts (and URLs) that need attention as
// issues in the merge request widget, on every GitLab tier. The format is a subset of the Code Climate
// issue spec; tests check it against the fields GitLab documents (test/fixtures/gitlab).







/**
 * Where a URL's issue is located. GitLab needs a path and a line: a URL from `urls-file` is at its line
 * in that file; one from the `urls` input (or the command line's `--urls`) has no file in the repository,
 * so it is at its line of the pseudo path `urls`, the list's own name, the same in every run.
 */
const URLS_PSEUDO_PATH = 'urls';
const gitlab_codequality_THREAT_NAMES_SHOWN = 5;
/** A verdict's weight: a detection blocks, whatever could not be verified weighs what the policy made of it. */
function severity(status, consequence) {
    if (status === 'malicious')
        return 'blocker';
    if (status === 'suspicious')
        return 'critical';
    return consequence === 'fail' ? 'major' : consequence === 'warn' ? 'minor' : 'info';
}
function buildCodeQuality(results, { provider, policy, urls = [] }) {
    const artifacts = results.map((result) => ({
        result,
        family: 'artifact-reputation',
        shown: text_oneLine(result.artifact.displayPath),
        // A member is located at its outer archive's file, which GitLab can link; the description names the member.
        location: { path: outerPath(result.artifact), lines: { begin: 1 } },
        identity: result.artifact.displayPath,
        link: result.sha256 ? reportLink(provider, result.sha256) : null,
        names: result.report ? threatNames(result.report.suggestedThreatLabel, result.report.threatNames) : '',
    }));
    // Two URLs that differ only in a masked query value read the same: numbered, so each keeps a fingerprint of its own.
    const seen = new Map();
    const urlSubjects = urls.map((result) => {
        const { source, display } = result.item;
        const repeat = seen.get(display) ?? 0;
        seen.set(display, repeat + 1);
        return {
            result,
            family: 'url-reputation',
            shown: `${shownUrl(result)} (${urlSource(result)})`,
            location: { path: source.input === 'urls-file' && source.file ? source.file : URLS_PSEUDO_PATH, lines: { begin: source.line } },
            identity: `url\0${display}${repeat > 0 ? `\0${repeat}` : ''}`,
            link: urlReportLink(provider, result),
            names: result.report ? threatNames(null, result.report.threatNames) : '',
        };
    });
    const issues = [];
    for (const { result, family, shown, location, identity, link, names } of [...artifacts, ...urlSubjects]) {
        const linkText = link ? ` Report: ${link}` : '';
        if (result.status !== 'clean' && result.status !== 'allowed') {
            const decision = decisionSentence(decision_describeDecision(result, policy, provider));
            const description = `${shown} ${describeVerdict(result, provider, policy)}${names}. ${decision}${linkText}`;
            issues.push(issue(`${family}/${result.status}`, identity, location, severity(result.status, result.consequence), description));
        }
        else if (result.staleDays !== null && result.status === 'clean') {
            const description = `${shown} was last analysed ${result.staleDays} days ago, more than max-report-age-days=${policy.maxReportAgeDays}: the clean verdict may be stale.${linkText}`;
            issues.push(issue(`${family}/stale`, identity, location, 'info', description));
        }
    }
    return issues;
}
function renderCodeQuality(results, context) {
    return `${JSON.stringify(buildCodeQuality(results, context), null, 2)}\n`;
}
function issue(checkName, identity, location, severity, description) {
    return {
        type: 'issue',
        check_name: checkName,
        description,
        categories: ['Security'],
        severity,
        fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`${checkName}\0${identity}`).digest('hex'),
        location,
    };
}
function threatNames(suggested, names) {
    const unique = [...new Set(suggested ? [suggested, ...names] : names)].slice(0, gitlab_codequality_THREAT_NAMES_SHOWN);
    return unique.length > 0 ? `; threat names: ${unique.map(text_oneLine).join(', ')}` : '';
}

;// CONCATENATED MODULE: ./src/report/junit.ts









/**
 * Artifacts in one suite; the URLs (`urls`, `urls-file`), when there are any, in a suite of their own,
 * under their own class name, so that CI systems list them apart.
 */
function renderJunit(scan, context) {
    const classname = `${version/* ACTION_NAME */.p}.${context.provider}`;
    const artifactCases = scan.results.map((result) => ({
        // A stable name and class, so CI systems follow one artifact's history across runs whatever its status.
        name: text_oneLine(result.artifact.displayPath),
        classname,
        outcome: outcomeOf(result, context),
        details: detailLines(result, context),
    }));
    const urlCases = (scan.urls ?? []).map((result) => ({ name: shownUrl(result), classname: `${classname}.url`, outcome: outcomeOf(result, context), details: urlDetailLines(result, context) }));
    const providerName = PROVIDERS[context.provider].name;
    const suites = [
        { name: `Artifact reputation (${providerName})`, cases: artifactCases, properties: true },
        ...(urlCases.length > 0 ? [{ name: `URL reputation (${providerName})`, cases: urlCases, properties: false }] : []),
    ];
    const count = (cases, element) => cases.filter((c) => c.outcome.element === element).length;
    const totalsOf = (cases) => ({ tests: cases.length, failures: count(cases, 'failure'), errors: count(cases, 'error') });
    const time = ((context.durationMs ?? 0) / 1000).toFixed(3);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attributes({ name: version/* ACTION_NAME */.p, ...totalsOf([...artifactCases, ...urlCases]), time })}>`,
        ...suites.flatMap(({ name, cases, properties }) => [
            `  <testsuite${attributes({ name, ...totalsOf(cases), skipped: count(cases, 'skipped'), time, timestamp: context.generatedAt.toISOString().slice(0, 19), hostname: context.hostname })}>`,
            ...(properties ? ['    <properties>', ...Object.entries(suiteProperties(scan, context)).map(([name, value]) => `      <property${attributes({ name, value })}/>`), '    </properties>'] : []),
            ...cases.map(testCase),
            // The gate's failure line once, in the first suite: it covers artifacts and URLs alike.
            ...(properties && scan.failureMessage ? [`    <system-out>${xmlText(`The gate failed: ${text_oneLine(scan.failureMessage)}`)}</system-out>`] : []),
            '  </testsuite>',
        ]),
        '</testsuites>',
        '',
    ];
    return lines.join('\n');
}
function suiteProperties(scan, { provider, policy }) {
    return {
        result: scan.result,
        provider,
        'max-malicious': String(policy.maxMalicious),
        'max-suspicious': policy.maxSuspicious === null ? '' : String(policy.maxSuspicious),
        'min-engines': String(policy.minEngines),
        'on-unknown': policy.onUnknown,
        'on-error': policy.onError,
        'ignore-engines': policy.ignoreEngines.join(', '),
        'fail-engines': policy.failEngines.join(', '),
        'warn-malicious': policy.warnMalicious === null ? '' : String(policy.warnMalicious),
        'max-malicious-percent': policy.maxMaliciousPercent === null ? '' : String(policy.maxMaliciousPercent),
    };
}
function outcomeOf(result, context) {
    const own = ownOutcome(result, context);
    // An archive fails with a member it holds that fails: red, even when its own hash passes.
    if (result.failingMembers && (own.element === 'passed' || own.element === 'skipped')) {
        return { element: 'failure', type: 'member', message: decision_describeDecision(result, context.policy, context.provider) };
    }
    return own;
}
function ownOutcome(result, { provider, policy }) {
    const { status, error } = result;
    const consequence = ownConsequence(result);
    const message = describeVerdict(result, provider, policy);
    if (status === 'malicious' || status === 'suspicious')
        return { element: 'failure', type: status, message };
    // A flagged artifact passes with a warning: it was verified, so it is not skipped; its details say why it warns.
    // Under on-error=warn or on-unknown=warn|pass the gate passes: the case is not red, but it was not verified either.
    if (status === 'error')
        return consequence === 'fail' ? { element: 'error', type: error?.kind ?? 'error', message } : { element: 'skipped', message };
    if (status === 'unscanned')
        return consequence === 'fail' ? { element: 'error', type: 'unscanned', message } : { element: 'skipped', message };
    if (status === 'unknown' || status === 'unanalysed' || status === 'pending')
        return consequence === 'fail' ? { element: 'failure', type: status, message } : { element: 'skipped', message };
    return { element: 'passed' };
}
function testCase({ name, classname, outcome, details: lines }) {
    const open = `    <testcase${attributes({ name, classname })}>`;
    const details = xmlText(lines.join('\n'));
    switch (outcome.element) {
        case 'failure':
        case 'error':
            return `${open}\n      <${outcome.element}${attributes({ type: outcome.type, message: outcome.message })}>${details}</${outcome.element}>\n    </testcase>`;
        case 'skipped':
            // The Jenkins schema gives <skipped> text, not a message attribute; every reader shows the text.
            return `${open}\n      <skipped>${xmlText(text_oneLine(outcome.message))}</skipped>\n      <system-out>${details}</system-out>\n    </testcase>`;
        case 'passed':
            return `${open}\n      <system-out>${details}</system-out>\n    </testcase>`;
    }
}
/** What a reader needs to follow up: the hash and its report page, the verdicts, and why it passed if it did. */
function detailLines(result, context) {
    const { artifact, sha256 } = result;
    const link = sha256 ? reportLink(context.provider, sha256) : null;
    const subject = artifact.hash ? `Hash: ${artifact.hash.value} (${HASH_KIND_NAMES[artifact.hash.kind]})` : `Artifact: ${text_oneLine(artifact.displayPath)} (${formatBytes(artifact.size)})`;
    const lines = [subject, `SHA-256: ${sha256 ?? (artifact.hash ? 'not known' : 'not computed')}`, ...verdictLines(result, link, context)];
    const unscanned = describeUnscanned(result);
    if (unscanned)
        lines.push(text_oneLine(unscanned));
    return lines;
}
/** The same for a URL: where it was listed, its report page at the service, the verdicts, the site's categories. */
function urlDetailLines(result, context) {
    const lines = [`URL: ${shownUrl(result)} (${urlSource(result)})`, ...verdictLines(result, urlReportLink(context.provider, result), context)];
    const { report } = result;
    if (report && report.threatNames.length > 0)
        lines.push(`Threat names: ${report.threatNames.map((name) => text_oneLine(name)).join(', ')}`);
    const categories = Object.entries(report?.categories ?? {});
    if (categories.length > 0)
        lines.push(`Categories: ${categories.map(([source, category]) => `${text_oneLine(source)}: ${text_oneLine(category)}`).join(', ')}`);
    return lines;
}
/** What artifacts and URLs share: the status, the rule that decided, the report page, the detections. */
function verdictLines(result, link, { provider, policy }) {
    const { report, counted } = result;
    const lines = [`Status: ${result.status}`, `Decision: ${decision_describeDecision(result, policy, provider)}`];
    if (link)
        lines.push(`Report: ${link}`);
    if (result.allowed)
        lines.push(`Allowed: ${text_oneLine(result.allowed.reason)} (otherwise ${result.allowed.otherwise})`);
    if (report && counted) {
        lines.push(`Detections: ${counted.malicious} malicious, ${counted.suspicious} suspicious of ${report.engineCount} engines; last analysed ${formatDate(report.lastAnalysed)}`);
    }
    if (result.staleDays !== null)
        lines.push(`The report is ${result.staleDays} days old (max-report-age-days=${policy.maxReportAgeDays}): the verdict may be stale.`);
    const detections = markIgnored(report, policy);
    if (detections.length > 0) {
        lines.push('Engines that flagged it:');
        for (const d of detections)
            lines.push(`  ${text_oneLine(d.engine)} (${text_oneLine(d.category)}${d.ignored ? ', ignored' : ''}): ${text_oneLine(d.result ?? 'no threat name')}`);
    }
    return lines;
}
function attributes(values) {
    return Object.entries(values)
        .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
        .join('');
}
/**
 * Characters XML 1.0 refuses even as references (most C0 controls, U+FFFE, U+FFFF, lone surrogates),
 * and the C1 controls it discourages: shown as visible \uXXXX escapes instead.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text content: line breaks and tabs kept, everything XML cannot hold escaped visibly. */
function xmlText(text) {
    return text.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[&<>]/g, (char) => XML_ENTITIES[char]);
}
/** An attribute value: one line (a parser would turn breaks into spaces), quotes escaped. */
function xmlAttribute(text) {
    return xmlText(text_oneLine(text)).replace(/["']/g, (char) => XML_ENTITIES[char]);
}

;// CONCATENATED MODULE: ./src/report/progress.ts
/**
 * Said only when the wait is long enough to wonder about (a minute or more), or when uploads on a
 * paced key will add to it: each costs several requests of the same quota.
 */
function describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls = 0) {
    const uploads = requestsPerUpload && requestsPerMinute > 0
        ? ` Each unknown file uploaded adds up to ${requestsPerUpload} requests (the upload, its polls, a re-read), about ${formatDuration((requestsPerUpload / requestsPerMinute) * 60_000)} at this rate.`
        : '';
    if (estimateMs < 60_000)
        return uploads === '' ? null : uploads.trim();
    const urlCount = `${urls} URL${urls === 1 ? '' : 's'}`;
    // A run of URLs alone has no hash to count.
    const what = urls === 0 ? `${uniqueHashes} unique hashes` : uniqueHashes === 0 ? urlCount : `${uniqueHashes} unique hashes and ${urlCount}`;
    return `${what} at ${requestsPerMinute}/min: about ${formatDuration(estimateMs)}.${uploads} Raise \`requests-per-minute\` if your key allows more.`;
}
/** One line of where the lookups are; null when nothing is left to wait for. */
function describeProgress({ done, errors, inFlight, pending, pausedForMs }) {
    if (pending === 0)
        return null;
    const paused = pausedForMs > 0 ? `; paused ${Math.ceil(pausedForMs / 1000)} s for the service's quota` : '';
    return `Lookups: ${done} done (${errors} failed), ${inFlight} in flight, ${pending - inFlight} waiting${paused}.`;
}
function formatDuration(ms) {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1)
        return `${Math.ceil(ms / 1000)} seconds`;
    if (minutes < 90)
        return `${minutes} minute${minutes === 1 ? '' : 's'}`;
    return `${(ms / 3_600_000).toFixed(1)} hours`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts











/** Code scanning's limits: results per run, and the gzip-compressed size of an upload (less a margin). */
const SARIF_LIMITS = { resultsPerRun: 25_000, gzippedBytes: 10 * 1000 * 1000 - 256 * 1024 };
/** Engines named in one result's message; all of them are in its properties. */
const sarif_ENGINES_IN_MESSAGE = 5;
/** Where an artifact outside the workspace is located: relative to the file system root. */
const OUTSIDE_WORKSPACE = 'OUTSIDE_WORKSPACE';
const ALLOW = 'If you have checked the artifact yourself and trust it, add its SHA-256 to `allow` (or `allow-file`) with the reason; it then passes, reported as allowed.';
const IGNORE = 'If one engine keeps flagging your builds wrongly, list it in `ignore-engines`: its verdicts stay visible but no longer count.';
const FALSE_POSITIVE = "Report a false positive to the vendor of each engine that flagged it (the engine names are in the result's message and properties).";
const REBUILD = 'If it should not be flagged, rebuild from a clean checkout on a clean runner and check again: a compromised dependency or build machine is the likeliest cause.';
/** One rule per status that needs attention. `security-severity` orders alerts in code scanning. */
const RULES = {
    malicious: {
        name: 'MaliciousArtifact',
        short: 'More engines flag the artifact as malicious than max-malicious allows.',
        meaning: 'The reputation service has analysed this exact file (by SHA-256), and more of its anti-malware engines flag it as malicious than the `max-malicious` input allows. Do not release or deploy it until you know why.',
        remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
        severity: '9.0',
    },
    suspicious: {
        name: 'SuspiciousArtifact',
        short: 'More engines flag the artifact as suspicious than max-suspicious allows.',
        meaning: 'The reputation service has analysed this exact file, and more of its engines flag it as suspicious (a heuristic, not a known threat) than the `max-suspicious` input allows.',
        remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
        severity: '6.0',
    },
    flagged: {
        name: 'FlaggedArtifact',
        short: 'Some engines flag the artifact as malicious: more than warn-malicious, not more than max-malicious.',
        meaning: 'The reputation service has analysed this exact file, and some of its engines flag it as malicious: more than the `warn-malicious` input, but not more than `max-malicious` (and no engine of `fail-engines` among them). The gate passes it with a warning, so that a few detections are looked at before they become many.',
        remedies: [FALSE_POSITIVE, REBUILD, ALLOW, IGNORE],
        severity: '5.0',
    },
    error: {
        name: 'ReputationLookupFailed',
        short: 'The artifact could not be checked: the lookup failed or the file could not be read.',
        meaning: "The gate could not find out the artifact's reputation: the lookup failed after its retries (a timeout, a server error, an exhausted quota) or the file could not be read. Nothing is known about it, so it is not clean.",
        remedies: [
            'Read the error in the message: for a quota, lower `requests-per-minute` or use a key with a larger quota; for a timeout or server error, run the job again.',
            'For a file that could not be read, check that the build produced it and that the runner can read it.',
            'Set `on-error: warn` only if an unchecked artifact may be released.',
        ],
        severity: '4.0',
    },
    unscanned: {
        name: 'ArtifactNotScanned',
        short: 'The archive, or a member of it, could not be scanned fully: not opened, not read, or named to unpack outside its target.',
        meaning: "The gate could not look at everything this archive holds: it is corrupt or cut short, a compression bomb, encrypted, nested deeper than `archive-max-depth`, over a size or count limit, or it holds itself; or a member's name leads out of the archive (`..` or an absolute path). What was not read may hide what the gate looks for, so it is judged like an error (`on-error`) unless its own hash already fails it.",
        remedies: [
            'Read the reason in the message: rebuild a corrupt archive; raise the `archive-max-*` limit it names only if the archive is yours and really that large or deep.',
            'An encrypted member, an archive that holds itself or a name with `..` has no place in a release: find out where it comes from.',
            'Set `on-error: warn` only if an archive the gate could not read fully may be released.',
        ],
        severity: '4.0',
    },
    unanalysed: {
        name: 'UnanalysedArtifact',
        short: 'The service knows the artifact but fewer engines than min-engines gave a verdict.',
        meaning: 'The reputation service has a report on this file, but fewer of its engines gave a verdict than the `min-engines` input asks for: a fresh upload reads 0/0. Such a report says nothing yet, so the artifact is judged like an unknown one (`on-unknown`).',
        remedies: ['Wait for the service to analyse the file, or ask it to, then run the job again.', 'Lower `min-engines` only if a report with fewer verdicts is enough for you.', ALLOW],
        severity: '3.0',
    },
    pending: {
        name: 'PendingAnalysis',
        short: 'The artifact was uploaded, and its analysis did not complete within analysis-timeout-minutes.',
        meaning: 'The service had never seen this file, so the gate uploaded it for analysis (`upload-unknown: true`), and the analysis did not complete within `analysis-timeout-minutes`. Nothing is known about it yet, so it is judged like an unknown one (`on-unknown`).',
        remedies: ['Open the analysis link in the result, and run the job again once the analysis is complete.', 'Raise `analysis-timeout-minutes` if analyses regularly take longer.', ALLOW],
        severity: '3.0',
    },
    unknown: {
        name: 'UnknownArtifact',
        short: 'The service has never seen the artifact, so it has no reputation.',
        meaning: 'The reputation service has never seen a file with this SHA-256. That is normal for a fresh build (the gate uploads nothing), but it also means no engine has vouched for it.',
        remedies: [
            'If the artifact is yours and built from reviewed sources, add its SHA-256 to `allow` with the reason, or set `on-unknown: pass` to keep unknown artifacts out of code scanning.',
            'Otherwise, have the service analyse the file before you release it.',
        ],
        severity: '3.0',
    },
};
const RULE_IDS = Object.keys(RULES);
const LEVELS = { fail: 'error', warn: 'warning' };
function rule(status, helpUri) {
    const { name, short, meaning, remedies, severity } = RULES[status];
    return {
        id: `artifact-reputation/${status}`,
        name,
        shortDescription: { text: short },
        fullDescription: { text: meaning },
        help: {
            text: `${meaning}\n\nWhat to do:\n${remedies.map((step) => `- ${step}`).join('\n')}`,
            markdown: `${meaning}\n\n**What to do**\n\n${remedies.map((step) => `- ${step}`).join('\n')}\n\nSee [how the gate decides](${helpUri}#how-the-gate-decides) and [living with false positives](${helpUri}#living-with-false-positives).`,
        },
        helpUri: `${helpUri}#how-the-gate-decides`,
        defaultConfiguration: { level: status === 'malicious' || status === 'suspicious' || status === 'error' || status === 'unscanned' ? 'error' : 'warning' },
        properties: { tags: ['security', 'supply-chain'], precision: 'high', 'problem.severity': status === 'malicious' ? 'error' : 'warning', 'security-severity': severity },
    };
}
/**
 * The log. Only artifacts whose verdict warns or fails become results (an unknown artifact under
 * `on-unknown: pass` stays out of code scanning), worst first, cut to code scanning's limits with a
 * notification that says what was left out. `gzippedLimit` is for tests.
 */
function buildSarif(results, context, gzippedLimit = SARIF_LIMITS.gzippedBytes) {
    // By the artifact's own verdict: an archive that fails only through its members has no result of its own; each failing member has one at the archive's file.
    const reported = findings_worstFirst(results.filter((r) => needsAttention(r) && ownConsequence(r) !== 'pass'));
    let kept = Math.min(reported.length, SARIF_LIMITS.resultsPerRun);
    for (;;) {
        const log = assemble(reported.slice(0, kept), reported.length, context);
        if (kept === 0 || (0,external_node_zlib_.gzipSync)(JSON.stringify(log)).length <= gzippedLimit)
            return log;
        kept = Math.floor(kept * 0.8);
    }
}
function assemble(kept, total, context) {
    const notifications = [];
    if (kept.length < total) {
        const left = total - kept.length;
        notifications.push({
            level: 'warning',
            message: {
                text: `${text_plural(left, 'artifact')} that need${left === 1 ? 's' : ''} attention ${left === 1 ? 'is' : 'are'} left out of this log to stay within code scanning's limits (${SARIF_LIMITS.resultsPerRun.toLocaleString('en-US')} results and 10 MB compressed); the least serious were left out. The JSON report lists every artifact.`,
            },
        });
    }
    const anyOutside = kept.some((r) => !r.artifact.inWorkspace);
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Artifact Reputation Gate',
                        semanticVersion: version/* ACTION_VERSION */.Y,
                        version: version/* ACTION_VERSION */.Y,
                        informationUri: context.helpUri,
                        rules: RULE_IDS.map((status) => rule(status, context.helpUri)),
                    },
                },
                ...(anyOutside && { originalUriBaseIds: { [OUTSIDE_WORKSPACE]: { uri: 'file:///', description: { text: 'The file system root, for artifacts outside the workspace.' } } } }),
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                results: [
                    ...kept.map((r) => result(r, context)),
                    ...(context.urls ?? [])
                        .filter((r) => r.consequence !== 'pass')
                        .map((r) => sarifUrlResult(r, context.provider, context.policy, RULE_IDS.indexOf(r.status), LEVELS[r.consequence])),
                ],
            },
        ],
    };
}
function result(artifactResult, context) {
    const { artifact, sha256, report, counted, error, status } = artifactResult;
    const providerName = PROVIDERS[context.provider].name;
    const detections = countedEngines(report, context.policy, status === 'flagged' ? 'malicious' : status);
    const what = {
        malicious: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
        suspicious: `is flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines`,
        flagged: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
        unanalysed: `has verdicts from only ${report ? analysedEngines(report) : 0} engines at ${providerName} (min-engines=${context.policy.minEngines})`,
        pending: `was uploaded to ${providerName}, and its analysis is not complete`,
        unknown: `is unknown to ${providerName}`,
        error: `could not be checked: ${text_clip(error?.message ?? 'unknown error')}`,
        unscanned: `${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${text_clip(artifact.unscanned ?? 'no reason given')}`,
    };
    const named = detections.slice(0, sarif_ENGINES_IN_MESSAGE).map(describeDetection);
    const more = detections.length > sarif_ENGINES_IN_MESSAGE ? ` and ${detections.length - sarif_ENGINES_IN_MESSAGE} more` : '';
    const link = sha256 ? reportLink(context.provider, sha256) : null;
    const ruleId = `artifact-reputation/${status}`;
    const decision = decision_describeDecision(artifactResult, context.policy, context.provider);
    const upload = describeUpload(artifactResult, context.provider);
    return {
        ruleId,
        ruleIndex: RULE_IDS.indexOf(status),
        level: LEVELS[ownConsequence(artifactResult)],
        message: {
            text: escapeInvisible(sentence(`${artifact.displayPath} (SHA-256 ${sha256 ?? 'not computed'}) ${what[status]}${named.length > 0 ? `: ${named.join(', ')}${more}` : ''}`) +
                (report?.contradiction ? ` ${report.contradiction}` : '') +
                ` ${decisionSentence(decision)}` +
                (upload ? ` ${upload.text}.${upload.link ? ` Analysis: ${upload.link}` : ''}` : '') +
                (link ? ` Report: ${link}` : '')),
        },
        // A member is located at its outer archive's file, which code scanning can link; the member and its chain are the logical location.
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(artifactResult), region: { startLine: 1 } }, ...memberLocation(artifact) }],
        // One alert per artifact path and rule across runs and rebuilds: not the content's hash, which every build changes.
        partialFingerprints: { primaryLocationLineHash: `${(0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${artifact.displayPath}`).digest('hex').slice(0, 16)}:1` },
        properties: {
            sha256,
            size: artifact.size,
            link,
            stats: report?.stats ?? null,
            engineCount: report?.engineCount ?? null,
            detections: markIgnored(report, context.policy),
            decidedBy: { ...artifactResult.decidedBy, text: decision },
            ...(artifact.member && { container: artifact.member.chain.slice(0, -1) }),
            ...(artifact.unscanned !== undefined && { unscanned: artifact.unscanned }),
        },
    };
}
/** A member's place inside its archives: `dist/app.zip!/lib/vendor.dll`, named by its own last part. */
function memberLocation({ member, displayPath }) {
    if (!member)
        return {};
    return { logicalLocations: [{ name: escapeInvisible(member.chain.at(-1)), fullyQualifiedName: escapeInvisible(displayPath), kind: 'resource' }] };
}
/** Workspace paths relative to the checkout; others relative to the root, never an absolute URI code scanning rejects. */
function artifactLocation({ artifact }) {
    const encode = (text) => text.split('/').map(encodeURIComponent).join('/');
    if (artifact.inWorkspace)
        return { uri: encode(outerPath(artifact)), uriBaseId: '%SRCROOT%' };
    const fromRoot = artifact.absolutePath
        .split((external_node_path_default()).sep)
        .join('/')
        .replace(/^[A-Za-z]:/, '')
        .replace(/^\/+/, '');
    return { uri: encode(fromRoot), uriBaseId: OUTSIDE_WORKSPACE };
}
/** The log as the file's text. */
function sarifText(log) {
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary, rendered as a pure function of the scan. Everything from outside is escaped.
// It is read in GitHub's ~1,000 px summary pane: the attention table has five narrow columns (the
// hash shortened, notes in a row of their own), and everything long goes in collapsed details.
// The result stays under GitHub's 1 MiB step-summary limit; a cut summary says so at the top.






/** GitHub refuses a step summary over 1 MiB; keep a margin for the closing tags and the notes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Room kept for the note at the top of a cut summary. */
const TOP_NOTE_BYTES = 1024;
function renderSummary(scan, context, limitBytes = SUMMARY_LIMIT_BYTES) {
    const { counts } = scan;
    const passed = scan.result === 'pass';
    const heading = `## ${passed ? '✅' : '❌'} Artifact reputation gate ${passed ? 'passed' : 'failed'}\n\n`;
    const out = new BoundedText(limitBytes - TOP_NOTE_BYTES - Buffer.byteLength(heading));
    if (!passed)
        out.add(`${text_escapeHtml(scan.failureMessage)}\n\n`);
    if (counts.scanned === 0 && !scan.urlsOnly)
        out.add('No file matched the `files` patterns, so nothing was checked.\n\n');
    // Flagged only where warn-malicious can flag, so the table stays as narrow as it was without it.
    const flagged = context.policy.warnMalicious !== null || counts.flagged > 0;
    // Unscanned only when an archive was not scanned fully, for the same reason.
    const unscanned = counts.unscanned > 0;
    // A URL-only run has no artifacts to count: its URLs have their own section.
    if (!scan.urlsOnly)
        out.add(`| Artifacts | Unique hashes | Malicious | Suspicious |${flagged ? ' Flagged |' : ''} Unknown | Unanalysed | Errors |${unscanned ? ' Unscanned |' : ''} Allowed | Clean |\n|---:|---:|---:|---:|${flagged ? '---:|' : ''}---:|---:|---:|${unscanned ? '---:|' : ''}---:|---:|\n` +
            `| ${counts.scanned} | ${counts.uniqueHashes} | ${counts.malicious} | ${counts.suspicious} |${flagged ? ` ${counts.flagged} |` : ''} ${counts.unknown} | ${counts.unanalysed} | ${counts.error} |${unscanned ? ` ${counts.unscanned} |` : ''} ${counts.allowed} | ${counts.clean} |\n\n`);
    out.add(`Checked against ${PROVIDERS[context.provider].name} with ${describePolicy(scan.results, context.policy)}.` +
        (counts.stale > 0 ? ` ${counts.stale} report${counts.stale === 1 ? ' is' : 's are'} older than max-report-age-days=${context.policy.maxReportAgeDays} (⏳): the verdict may be stale.` : '') +
        (context.reportPath ? ` ${reportSentence(context)}` : '') +
        '\n\n');
    for (const expired of scan.expiredAllows)
        out.add(`⌛ ${text_escapeHtml(describeExpiredAllow(expired))}\n\n`);
    const ordered = findings_worstFirst(scan.results);
    const attention = ordered.filter(needsAttention);
    const rows = attentionRows(ordered);
    const rowsShown = out.list(rows, '### Artifacts that need attention\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Status</th><th>SHA-256</th><th>Size</th></tr>\n', (row) => attentionRow(row, context), '</table>\n\n');
    const attentionShown = rows.slice(0, rowsShown).filter((row) => needsAttention(row.result)).length;
    const allowed = ordered.filter((r) => r.status === 'allowed');
    const allowedShown = out.list(allowed, `### Allowed artifacts (${allowed.length})\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Otherwise</th><th>SHA-256</th></tr>\n`, (result) => allowedRow(result, context), '</table>\n\n');
    // Every artifact that needs attention, is allowed, or that any engine flagged (ignored engines included).
    const detailed = [...attention, ...ordered.filter((r) => !needsAttention(r) && (r.allowed !== null || (r.report?.detections.length ?? 0) > 0))];
    const detailsShown = out.list(detailed, '### Engines and hashes\n\n', (result) => detailsBlock(result, context), '');
    const clean = ordered.filter((r) => r.status === 'clean');
    const cleanShown = out.list(clean, `<details><summary>Clean artifacts (${clean.length})</summary>\n\n<ul>\n`, (result) => cleanItem(result, context), '</ul>\n</details>\n');
    if (!out.wasCut)
        return heading + out.text();
    const left = [
        attention.length > attentionShown && `${attention.length - attentionShown} of ${text_plural(attention.length, 'artifact')} that need attention`,
        allowed.length > allowedShown && `${allowed.length - allowedShown} of ${text_plural(allowed.length, 'allowed artifact')}`,
        detailed.length > detailsShown && `the engines and hashes of ${text_plural(detailed.length - detailsShown, 'artifact')}`,
        clean.length > cleanShown && `${clean.length - cleanShown} of ${text_plural(clean.length, 'clean artifact')}`,
    ].filter((part) => typeof part === 'string');
    const where = context.reportPath ? ' The JSON report (`report-path` output) lists every artifact.' : '';
    const topNote = `> [!WARNING]\n> This summary is cut to stay under GitHub's 1 MiB limit. Left out, as the least serious: ${joinList(left)}.${where}\n\n`;
    return `${heading}${topNote}${out.text()}\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit.${where}\n`;
}
function reportSentence(context) {
    const how = context.helpUri ? ` ([how](${context.helpUri}#keeping-the-reports))` : '';
    return `Every artifact, with every engine's verdict, is in the JSON report: the step's \`report-path\` output, kept after the job when uploaded with \`actions/upload-artifact\`${how}.`;
}
function describePolicy(results, policy) {
    const parts = [`max-malicious=${policy.maxMalicious}`];
    if (policy.maxMaliciousPercent !== null)
        parts.push(`max-malicious-percent=${policy.maxMaliciousPercent}`);
    if (policy.warnMalicious !== null)
        parts.push(`warn-malicious=${policy.warnMalicious}`);
    if (policy.failEngines.length > 0)
        parts.push(`fail-engines: ${failEngineNames(results, policy).map(text_escapeHtml).join(', ')}`);
    if (policy.maxSuspicious !== null)
        parts.push(`max-suspicious=${policy.maxSuspicious}`);
    parts.push(`min-engines=${policy.minEngines}`, `on-unknown=${policy.onUnknown}`, `on-error=${policy.onError}`);
    if (policy.ignoreEngines.length > 0)
        parts.push(`ignored engines: ${ignoredEngineNames(results, policy).map(text_escapeHtml).join(', ')}`);
    const allowed = Object.keys(policy.allow).length;
    if (allowed > 0)
        parts.push(`${allowed} allowed hash${allowed === 1 ? '' : 'es'}`);
    return parts.join(', ');
}
const ATTENTION_COLUMNS = 5;
/** A member's row starts with an arrow under its archive's path, indented: the eye reads it as part of the archive above. */
const MEMBER_INDENT = '&emsp;↳ ';
/** A text in the row below an artifact is cut here (about 600 px); the details block has all of it. */
const NOTE_CHARS = 90;
/**
 * The attention table's rows, worst first, each archive's members that need attention right beneath
 * it: the archive's row comes first, even when it passes on its own (it fails with them).
 */
function attentionRows(ordered) {
    const outerKey = ({ artifact }) => containerKey(artifact.absolutePath, outerPath(artifact));
    const members = new Map();
    for (const result of ordered) {
        if (!result.artifact.member || !needsAttention(result))
            continue;
        const held = members.get(outerKey(result)) ?? [];
        if (held.length === 0)
            members.set(outerKey(result), held);
        held.push(result);
    }
    // Without a member to show, no key per artifact: on 100,000 files they were megabytes for nothing.
    if (members.size === 0)
        return ordered.filter(needsAttention).map((result) => ({ result }));
    const outers = new Map();
    for (const result of ordered)
        if (!result.artifact.member && members.has(outerKey(result)))
            outers.set(outerKey(result), result);
    const rows = [];
    const grouped = new Set();
    for (const result of ordered) {
        const group = outerKey(result);
        const outer = outers.get(group);
        const held = members.get(group);
        if (!held || !outer) {
            if (needsAttention(result))
                rows.push({ result });
            continue;
        }
        if (grouped.has(group) || !(needsAttention(result) || result === outer))
            continue;
        grouped.add(group);
        rows.push({ result: outer }, ...held.map((member) => ({ result: member, inArchive: memberPath(member.artifact.member.chain.slice(1)) })));
    }
    return rows;
}
/** One row of five narrow cells; what would widen the table (an error, staleness) goes in a row below. */
function attentionRow({ result, inArchive }, context) {
    // A member shows the part after its archive's path; its whole path is the title, on hover.
    const path = inArchive === undefined ? pathCell(result) : `${MEMBER_INDENT}<code title="${attributeText(result.artifact.displayPath)}">${text_escapeHtml(inArchive)}</code>`;
    const cells = [path, detectionCell(result, context.policy), findings_STATUS_LABELS[result.status], hashCell(result.sha256, context.provider), formatBytes(result.artifact.size)];
    // Short, so the note never sets the table's width; the whole message is in the details block.
    // The status column says the usual rule; another one (fail-engines, a share, an expired allow line) is said here too.
    const notes = [
        !decidedAsUsual(result) && text_escapeHtml(shorten(decisionNote(result, context), NOTE_CHARS)),
        result.error && `⚠️ ${text_escapeHtml(shorten(result.error.message, NOTE_CHARS))}`,
        result.artifact.unscanned !== undefined && `🚧 ${text_escapeHtml(shorten(describeUnscanned(result), NOTE_CHARS))}`,
        staleNote(result, context.policy),
        uploadNote(result, context.provider),
    ].filter(Boolean);
    const noteRow = notes.length > 0 ? `<tr><td colspan="${ATTENTION_COLUMNS}">${notes.join('<br>')}</td></tr>\n` : '';
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n${noteRow}`;
}
/** The decision in a short note; an archive failing with its members points at them, right below it. */
function decisionNote(result, context) {
    if (!result.failingMembers)
        return decisionSentence(decision_describeDecision(result, context.policy, context.provider));
    const own = decision_describeDecision({ ...result, failingMembers: undefined, consequence: result.failingMembers.ownConsequence }, context.policy, context.provider);
    const count = result.failingMembers.paths.length;
    return `Fails with ${count === 1 ? 'the member' : `${count} members`} below; own hash: ${sentence(own)}`;
}
function allowedRow(result, context) {
    const cells = [
        pathCell(result),
        detectionCell(result, context.policy),
        findings_STATUS_LABELS[result.allowed.otherwise] + (result.staleDays !== null ? ' ⏳' : ''),
        hashCell(result.sha256, context.provider),
    ];
    // The reason is prose of any length: below the row, so it never sets the table's width.
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n<tr><td colspan="${cells.length}">Allowed: ${text_escapeHtml(shorten(result.allowed.reason, NOTE_CHARS))}</td></tr>\n`;
}
function pathCell(result) {
    return `<code>${text_escapeHtml(result.artifact.displayPath)}</code>`;
}
function detectionCell(result, policy) {
    return findings_detectionLines(result, policy)?.map(text_escapeHtml).join('<br>') ?? '—';
}
/** 🕓 what an upload in this run did, with the analysis linked (the link is the provider's, never from outside). */
function uploadNote(result, provider) {
    const upload = describeUpload(result, provider);
    if (!upload)
        return null;
    return `🕓 ${upload.text}${upload.link ? `: <a href="${upload.link}">analysis</a>` : ''}.`;
}
function staleNote(result, policy) {
    if (result.staleDays === null)
        return null;
    return `⏳ Last analysed ${result.staleDays} days ago (${formatDate(result.report?.lastAnalysed ?? null)}), more than max-report-age-days=${policy.maxReportAgeDays}: the verdict may be stale.`;
}
/** What an artifact's details block says it is about, after its path. */
function detailsTitle(result, context) {
    const flagged = result.report?.detections.length ?? 0;
    if (flagged > 0)
        return `${text_plural(flagged, 'engine')} flagged it`;
    const provider = PROVIDERS[context.provider].name;
    if (result.status === 'unknown')
        return `unknown to ${provider}`;
    if (result.status === 'unanalysed')
        return `not analysed yet by ${provider}`;
    if (result.status === 'error')
        return 'not checked';
    if (result.status === 'unscanned')
        return result.sha256 === null ? 'not read' : 'not scanned fully';
    return findings_STATUS_LABELS[result.status];
}
/** The full hash, dates, threat names, the error, and every engine that flagged the artifact. */
function detailsBlock(result, context) {
    const { report, sha256 } = result;
    const facts = [`${findings_STATUS_LABELS[result.status]}`, `SHA-256 ${sha256 ? hashLink(sha256, context.provider, sha256) : 'not computed'}`];
    if (report)
        facts.push(`first seen ${formatDate(report.firstSeen)}`, `last analysed ${formatDate(report.lastAnalysed)}`);
    const lines = [facts.join(' · '), text_escapeHtml(decisionSentence(decision_describeDecision(result, context.policy, context.provider)))];
    if (report) {
        const names = report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames;
        if (names.length > 0)
            lines.push(`Threat names: ${[...new Set(names)].map((name) => text_escapeHtml(text_clip(name))).join(', ')}`);
    }
    if (result.error)
        lines.push(`⚠️ ${text_escapeHtml(text_clip(result.error.message))}`);
    const unscanned = describeUnscanned(result);
    if (unscanned)
        lines.push(`🚧 ${text_escapeHtml(text_clip(unscanned))}`);
    if (report?.contradiction)
        lines.push(`⚠️ ${text_escapeHtml(report.contradiction)}`);
    const upload = uploadNote(result, context.provider);
    if (upload)
        lines.push(upload);
    const stale = staleNote(result, context.policy);
    if (stale)
        lines.push(stale);
    if (result.allowed)
        lines.push(`Allowed: ${text_escapeHtml(text_clip(result.allowed.reason))}`);
    const engines = report?.detections ?? [];
    const table = engines.length === 0
        ? ''
        : '<table>\n<tr><th>Engine</th><th>Category</th><th>Result</th><th>Version</th></tr>\n' +
            engines
                .map((d) => {
                const ignored = isIgnoredEngine(context.policy, d.engine) ? ' <em>(ignored)</em>' : '';
                return `<tr><td>${text_escapeHtml(text_clip(d.engine))}${ignored}</td><td>${text_escapeHtml(text_clip(d.category))}</td><td>${text_escapeHtml(text_clip(d.result ?? '—'))}</td><td>${text_escapeHtml(text_clip(d.version ?? '—'))}</td></tr>\n`;
            })
                .join('') +
            '</table>\n';
    return `<details><summary><code>${text_escapeHtml(result.artifact.displayPath)}</code>: ${detailsTitle(result, context)}</summary>\n\n${lines.join('<br>\n')}\n\n${table}</details>\n\n`;
}
function cleanItem(result, context) {
    const detections = result.report && result.counted ? ` ${result.counted.malicious}/${result.report.engineCount}` : '';
    const ignored = ignoredDetections(result, context.policy).map((d) => text_escapeHtml(text_clip(`${d.engine}: ${d.result ?? d.category}`)));
    const ignoredText = ignored.length > 0 ? `, ignored: ${ignored.join(', ')}` : '';
    const stale = result.staleDays !== null ? ` ⏳ ${result.staleDays} days old` : '';
    return `<li><code>${text_escapeHtml(result.artifact.displayPath)}</code> ${formatBytes(result.artifact.size)}${detections}${ignoredText}${stale} ${hashCell(result.sha256, context.provider)}</li>\n`;
}
/** The short hash, linked to the provider's report where it has one; the full hash in the title. */
function hashCell(sha256, provider) {
    return sha256 ? hashLink(sha256, provider, shortHash(sha256)) : '—';
}
function hashLink(sha256, provider, shown) {
    const link = reportLink(provider, sha256);
    return link ? `<a href="${link}" title="${sha256}"><code>${shown}</code></a>` : `<code title="${sha256}">${shown}</code>`;
}
/** Cut to `chars` characters with an ellipsis, for a note that must stay one short line (the whole text is in the details). */
function shorten(text, chars) {
    const characters = [...text];
    return characters.length <= chars
        ? text
        : `${characters
            .slice(0, chars - 1)
            .join('')
            .trimEnd()}…`;
}
/** Text for an attribute value: one line, quotes and markup escaped (nothing there becomes a link or markup). */
function attributeText(text) {
    return text_oneLine(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function joinList(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** Text that refuses additions past a byte budget; once one is refused, all later ones are too. */
class BoundedText {
    parts = [];
    bytes = 0;
    cut = false;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    get wasCut() {
        return this.cut;
    }
    add(text) {
        if (this.cut)
            return false;
        const size = Buffer.byteLength(text);
        if (this.bytes + size > this.limit) {
            this.cut = true;
            return false;
        }
        this.parts.push(text);
        this.bytes += size;
        return true;
    }
    /**
     * A section: its opening goes with the first item, so a cut never leaves a heading alone; its
     * closing is always kept (the margin leaves room), so a cut never leaves a block open. Returns
     * how many items made it.
     */
    list(items, open, render, close) {
        let shown = 0;
        for (const item of items) {
            if (!this.add((shown === 0 ? open : '') + render(item)))
                break;
            shown++;
        }
        if (shown > 0) {
            this.parts.push(close);
            this.bytes += Buffer.byteLength(close);
        }
        return shown;
    }
    text() {
        return this.parts.join('');
    }
}

;// CONCATENATED MODULE: ./src/report/write.ts
// The one place src/report/ touches the file system: a rendered report written where a front door says.


const FLUSH_BYTES = 64 * 1024;
/** Writes the pieces in chunks of about 64 KiB, creating the directory; a big report is never one string. */
async function writeReportFile(filePath, pieces) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(filePath), { recursive: true });
    const file = await (0,promises_.open)(filePath, 'w');
    try {
        let pending = '';
        for (const piece of pieces) {
            pending += piece;
            if (pending.length >= FLUSH_BYTES) {
                await file.write(pending);
                pending = '';
            }
        }
        await file.write(pending);
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/cache-dir.ts
// The verdict cache's store for the command line (`--cache-dir DIR`): one file per scope in a
// directory, which another CI system's own cache can keep between runs.


function directoryStore(directory) {
    const file = (key) => external_node_path_default().join(directory, `verdicts-${key}.json`);
    return {
        async load(scope) {
            try {
                return await (0,promises_.readFile)(file(scope.key), 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return null;
                throw error;
            }
        },
        async save(scope, text) {
            await (0,promises_.mkdir)(directory, { recursive: true });
            // Written aside and renamed: a run killed while writing leaves the last whole file, not half of one.
            const temporary = `${file(scope.key)}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(temporary, text);
            await (0,promises_.rename)(temporary, file(scope.key));
        },
    };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(551);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(377);
;// CONCATENATED MODULE: ./src/cli/hash-list.ts
// A list of hashes to check, as incident responders paste them: one MD5, SHA-1 or SHA-256 a line,
// `#` comments, blank lines ignored. Every bad line is reported at once, by line number.


class HashListError extends Error {
    name = 'HashListError';
    badLines;
    constructor(message, badLines) {
        super(message);
        this.badLines = badLines;
    }
}
const BAD_LINES_SHOWN = 20;
const TEXT_SHOWN = 80;
/** Parses the list read from `source` (for example `--hashes alerts.txt`); throws HashListError naming every bad line. */
function parseHashList(text, source) {
    const hashes = [];
    const seen = new Set();
    const bad = [];
    let duplicates = 0;
    const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
    for (const [index, raw] of lines.entries()) {
        const entry = raw.replace(/#.*$/s, '').trim();
        if (entry === '')
            continue;
        const kind = hashKindOf(entry);
        if (kind === null) {
            bad.push({ line: index + 1, text: hash_list_clip(raw.trim()), reason: reasonFor(entry) });
            continue;
        }
        const hash = entry.toLowerCase();
        if (seen.has(hash)) {
            duplicates++;
            continue;
        }
        seen.add(hash);
        hashes.push({ hash, kind, line: index + 1 });
    }
    if (bad.length > 0)
        throw new HashListError(describeBadLines(bad, source), bad);
    return { hashes, duplicates };
}
function reasonFor(entry) {
    if (/^[0-9a-f]+$/i.test(entry))
        return `${entry.length} hexadecimal digits, where a hash has 32, 40 or 64`;
    const first = entry.split(/\s+/)[0];
    if (hashKindOf(first) !== null)
        return 'a hash followed by more text (one hash a line; put notes after #)';
    return 'not a hexadecimal hash';
}
function hash_list_clip(text) {
    const chars = [...text];
    return terminalSafe(chars.length > TEXT_SHOWN ? `${chars.slice(0, TEXT_SHOWN).join('')}…` : text);
}
function describeBadLines(bad, source) {
    const shown = bad.slice(0, BAD_LINES_SHOWN).map(({ line, text, reason }) => `  line ${line}: "${text}": ${reason}`);
    const rest = bad.slice(BAD_LINES_SHOWN);
    const more = rest.length > 0 ? [`  and ${rest.length} more, from line ${rest[0].line} to line ${rest.at(-1).line}`] : [];
    const count = bad.length === 1 ? '1 line is' : `${bad.length} lines are`;
    return [`${source}: ${count} not a hash. Each line must be one MD5 (32), SHA-1 (40) or SHA-256 (64) hexadecimal hash; # starts a comment.`, ...shown, ...more].join('\n');
}

// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(957);
;// CONCATENATED MODULE: ./src/cli/progress-line.ts
// Where a long (paced) scan is, on standard error: on a terminal one line rewritten in place, fitted to
// its width; otherwise (a CI log, a file) a plain line each time, the same one the action logs.


/** Back to the start of the line, and erase to its end: what ends the live line before other output. */
const CLEAR_LINE = '\r\u001b[K';
/** The live line for a terminal `width` columns wide, to write as is; '' when no lookup is left. */
function liveProgressLine(progress, remainingMs, width) {
    if (progress.pending === 0)
        return CLEAR_LINE;
    const total = progress.done + progress.pending;
    const parts = [
        `Lookups ${progress.done}/${total} (${Math.floor((progress.done / total) * 100)}%)`,
        ...(progress.errors > 0 ? [`${progress.errors} failed`] : []),
        `${progress.inFlight} in flight`,
        ...(progress.pausedForMs > 0 ? [`paused ${Math.ceil(progress.pausedForMs / 1000)} s for the quota`] : []),
        ...(remainingMs > 0 ? [`about ${formatDuration(remainingMs)} left`] : []),
    ];
    // One column short of the width: writing the last column makes some terminals wrap to a new line.
    return `\r${truncateEnd(parts.join(', '), Math.max(0, width - 1))}\u001b[K`;
}
/** A line for a log, with its line break; '' when no lookup is left. */
function plainProgressLine(progress, remainingMs) {
    const line = describeProgress(progress);
    if (line === null)
        return '';
    return `${remainingMs > 0 ? `${line.slice(0, -1)}; about ${formatDuration(remainingMs)} left.` : line}\n`;
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The command line's check, once the flags parsed: the key, the core's gate, the table on standard
// output, the reports asked for, and the exit status. Messages and progress go to standard error, so standard output
// holds the results alone (the table, then the URLs checked). The one place that decides the exit status.
































/** Where SARIF rules point for help: the command line has no action repository to link. */
const SARIF_HELP_URI = 'https://docs.virustotal.com/reference/file-info';
/** On a terminal the live line is redrawn this often; a log gets the action's steady line every 30 s. */
const LIVE_PROGRESS_INTERVAL_MS = 1_000;
/** Checks what the command line names and returns the exit status. */
async function runCommand(commandLine) {
    let setup;
    try {
        setup = await prepare(commandLine);
    }
    catch (error) {
        return (0,main/* usageError */.W)(error);
    }
    let current = () => ({ stage: 'listing', artifacts: 0, hashed: 0, lookups: null });
    const messages = new Messages();
    const stopCancelling = exitOnCancel((signal) => messages.say(`${version/* ACTION_NAME */.p}: ${describeCancelled(signal, current())}`));
    try {
        return await gate(setup, messages, (watch) => (current = watch));
    }
    catch (error) {
        if (error instanceof PatternError) {
            messages.say(`${version/* ACTION_NAME */.p}: ${error.message.replace('in `files`', 'given as a glob')}`);
            return exit_codes/* EXIT_CODES */.a.usage;
        }
        messages.say(redact(`${version/* ACTION_NAME */.p} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, setup.inputs.apiKey));
        return exit_codes/* EXIT_CODES */.a.usage;
    }
    finally {
        stopCancelling();
    }
}
/** Every check that needs no request: the flags, the key, the inputs, the hash list. Throws UsageError. */
async function prepare(commandLine) {
    const hashesFrom = commandLine.given.hashes;
    const urlsFrom = commandLine.given.urls;
    if (typeof hashesFrom === 'string' && commandLine.globs.length > 0) {
        throw new flags/* UsageError */.eb(`Give glob patterns or --hashes, not both (got --hashes ${hashesFrom} and ${text_plural(commandLine.globs.length, 'pattern')}: ${text_oneLine(commandLine.globs.join(' '))}).`);
    }
    if (hashesFrom === '-' && urlsFrom === '-') {
        throw new flags/* UsageError */.eb('--hashes - and --urls - cannot both read standard input: give one of them as a file (--hashes FILE or --urls FILE).');
    }
    const workspace = process.cwd();
    const apiKey = (0,flags/* resolveApiKey */.kv)(commandLine, process.env, (file) => (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(workspace, file), 'utf8'));
    const urlsText = typeof urlsFrom === 'string' ? await readListText('urls', urlsFrom, workspace) : '';
    const read = (0,flags/* inputReader */.cN)(commandLine, apiKey, urlsText);
    let inputs;
    try {
        // A hash list has no `files` patterns, and runGate reads none when it is given hashes.
        inputs = parseInputs((name) => (name === 'files' && typeof hashesFrom === 'string' ? '(--hashes)' : read(name)), (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'), workspace);
    }
    catch (error) {
        if (error instanceof InputError)
            throw new flags/* UsageError */.eb((0,flags/* cliMessage */.kP)(error.message, apiKey));
        throw error;
    }
    const hashList = typeof hashesFrom === 'string' ? await readHashList(hashesFrom, workspace) : null;
    return { commandLine, inputs, workspace, hashList };
}
async function readHashList(from, workspace) {
    const source = from === '-' ? '--hashes - (standard input)' : `--hashes ${from}`;
    const text = await readListText('hashes', from, workspace);
    try {
        return { ...parseHashList(text, source), source };
    }
    catch (error) {
        if (error instanceof HashListError)
            throw new flags/* UsageError */.eb(error.message);
        throw error;
    }
}
/** The text of a list flag's FILE, or of standard input for `-`; an unreadable file is a usage error naming the flag. */
async function readListText(flag, from, workspace) {
    try {
        return from === '-' ? await readStandardInput() : await (0,promises_.readFile)(external_node_path_default().resolve(workspace, from), 'utf8');
    }
    catch (error) {
        const reason = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new flags/* UsageError */.eb(`--${flag} must name a readable file (or - for standard input); cannot read ${JSON.stringify(from)} (${reason}).`);
    }
}
async function readStandardInput() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Lines on standard error. On a terminal the progress line is redrawn in place, and wiped before any
 * other line so the two never mix.
 */
class Messages {
    stream = process.stderr;
    live = process.stderr.isTTY === true;
    lineShown = false;
    say(line) {
        this.clearProgress();
        this.stream.write(`${line}\n`);
    }
    progress(live, plain) {
        if (this.live) {
            this.stream.write(live);
            this.lineShown = live !== CLEAR_LINE;
        }
        else if (plain !== '') {
            this.stream.write(plain);
        }
    }
    get columns() {
        return this.stream.columns || 80;
    }
    clearProgress() {
        if (!this.lineShown)
            return;
        this.stream.write(CLEAR_LINE);
        this.lineShown = false;
    }
}
/** The verdict cache in `--cache-dir`, when given (and `--cache` is not false); without it nothing is cached. */
function verdictCachePort(commandLine, inputs, messages) {
    const directory = commandLine.given['cache-dir'];
    if (typeof directory !== 'string' || inputs.cache === null)
        return undefined;
    return { store: directoryStore(external_node_path_default().resolve(directory)), log: { warning: (message) => messages.say(`Warning: ${redact(message, inputs.apiKey)}`), debug: () => { } } };
}
async function gate({ commandLine, inputs, workspace, hashList }, messages, watch) {
    const providerName = PROVIDERS[inputs.provider].name;
    const estimate = { ms: 0, at: 0 };
    const ports = {
        glob: walkingGlob(workspace),
        http: httpTransport(process.env), // https_proxy, no_proxy and the like
        log: { debug: () => { } },
        progress: {
            listed: ({ artifacts, skipped }) => {
                if (skipped.length > 0)
                    messages.say(describeSkipped(skipped));
                if (hashList) {
                    const duplicates = hashList.duplicates > 0 ? ` (${text_plural(hashList.duplicates, 'repeated line')} left out)` : '';
                    if (artifacts.length === 0)
                        messages.say(`${hashList.source} lists no hash: nothing was checked.`);
                    else
                        messages.say(`Checking ${text_plural(artifacts.length, 'hash', 'hashes')}${duplicates}${andUrls(inputs.urls.length)} against ${providerName} (${inputs.apiUrl}).`);
                }
                else if (inputs.patterns === '') {
                    messages.say(describeCheckingUrls(inputs.urls.length, providerName, inputs.apiUrl));
                }
                else if (artifacts.length === 0) {
                    if (inputs.policy.ifNoFilesFound !== 'ignore')
                        messages.say(`${inputs.policy.ifNoFilesFound === 'warn' ? 'Warning: ' : ''}${describeNoFiles(inputs.patterns)}`);
                }
                else {
                    messages.say(describeChecking(artifacts.length, providerName, inputs.apiUrl, inputs.urls.length));
                    if (inputs.uploadUnknown)
                        messages.say(describeUploadsOn(providerName, inputs.uploadPatterns));
                }
            },
            hashed: ({ uniqueHashes, urls, requestsPerMinute, estimateMs, requestsPerUpload }) => {
                Object.assign(estimate, { ms: estimateMs, at: performance.now() });
                const line = describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls);
                if (line !== null)
                    messages.say(line);
            },
            lookups: (progress) => {
                const remainingMs = Math.max(0, estimate.ms - (performance.now() - estimate.at));
                messages.progress(liveProgressLine(progress, remainingMs, messages.columns), plainProgressLine(progress, remainingMs));
            },
            watch,
        },
        cache: verdictCachePort(commandLine, inputs, messages),
    };
    const started = performance.now();
    const { judgement, cache } = await runGate({ ...inputs, workspace, ...(hashList && { hashes: hashList.hashes }), ...(messages.live && { progressIntervalMs: LIVE_PROGRESS_INTERVAL_MS }) }, ports);
    const durationMs = performance.now() - started;
    messages.clearProgress();
    const cacheUse = describeCacheUse(cache);
    if (cacheUse !== null)
        messages.say(cacheUse);
    const summary = explain(judgement, inputs.policy, providerName);
    const stdout = process.stdout;
    const color = (0,flags/* wantsColor */.zK)(stdout.isTTY === true, process.env, commandLine);
    // A URL-only run has no artifact table: its URLs follow.
    if (!summary.urlsOnly)
        stdout.write(renderConsoleTable(summary.results, { provider: inputs.provider, policy: inputs.policy, width: stdout.isTTY ? stdout.columns || 80 : null, color, subject: hashList ? 'HASH' : 'ARTIFACT' }));
    const urlResults = describeUrlResults(summary.urls);
    if (urlResults)
        stdout.write(`${summary.urlsOnly ? '' : '\n'}${[urlResults.title, ...urlResults.lines.map((line) => `  ${line}`)].join('\n')}\n`);
    // As the action's annotations do: an allow line past its day is said, whether or not a file of this run has its hash.
    for (const expired of summary.expiredAllows)
        messages.say(`Warning: ${describeExpiredAllow(expired)}`);
    const writeFailures = await writeReports(summary, inputs, commandLine, messages, durationMs, cache);
    if (summary.result === 'fail')
        messages.say(`Gate failed: ${text_oneLine(summary.failureMessage)}`);
    else
        messages.say(describePassed(summary));
    for (const failure of writeFailures)
        messages.say(redact(failure, inputs.apiKey));
    // A report that was asked for and is missing is an error of its own; a failed gate still says 1.
    return summary.result === 'pass' && writeFailures.length > 0 ? exit_codes/* EXIT_CODES */.a.usage : (0,exit_codes/* exitCodeFor */.R)(summary.result);
}
/** Writes every report asked for; returns a line for each that could not be written. */
async function writeReports(summary, inputs, commandLine, messages, durationMs, cache) {
    const { provider, policy, apiUrl } = inputs;
    const generatedAt = new Date();
    const failures = [];
    const flagPath = (name) => (typeof commandLine.given[name] === 'string' ? external_node_path_default().resolve(commandLine.given[name]) : null);
    const write = async (flag, file, what, pieces) => {
        if (file === null)
            return null;
        try {
            await writeReportFile(file, pieces());
            messages.say(`${what}: ${file}`);
            return file;
        }
        catch (error) {
            failures.push(text_oneLine(`Could not write ${what} (--${flag} ${file}): ${error instanceof Error ? error.message : String(error)}`));
            return null;
        }
    };
    const jsonPath = await write('json', flagPath('json'), 'JSON report', () => jsonReportText(summary, { provider, apiUrl, policy, generatedAt, cache }));
    await write(commandLine.given.sarif === undefined ? 'sarif-path' : 'sarif', inputs.sarifPath, 'SARIF log', () => [
        sarifText(buildSarif(summary.results, { provider, policy, helpUri: SARIF_HELP_URI, ...(summary.urls && { urls: summary.urls }) })),
    ]);
    await write('junit', flagPath('junit'), 'JUnit report', () => [renderJunit(summary, { provider, policy, generatedAt, hostname: external_node_os_default().hostname(), durationMs })]);
    await write('gitlab-codequality', flagPath('gitlab-codequality'), 'GitLab Code Quality report', () => [
        renderCodeQuality(summary.results, { provider, policy, ...(summary.urls && { urls: summary.urls }) }),
    ]);
    const markdown = () => renderSummary(summary, { provider, policy, reportPath: jsonPath }) + renderUrlSection(summary.urls, provider, policy);
    await write('markdown', flagPath('markdown'), 'Markdown summary', () => [markdown()]);
    // Run inside a GitHub Actions job (a `run:` step), the summary goes where the action's would.
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (inputs.jobSummary && stepSummary) {
        try {
            await (0,promises_.appendFile)(stepSummary, markdown());
        }
        catch (error) {
            failures.push(text_oneLine(`Could not write the job summary (GITHUB_STEP_SUMMARY ${stepSummary}): ${error instanceof Error ? error.message : String(error)}`));
        }
    }
    return failures;
}


/***/ })

};
