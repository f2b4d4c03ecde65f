// Which proxy a request to the service goes through, from the variables runners and shells set.
// The rules are @actions/http-client's, which every other action on a runner follows: https_proxy
// (or HTTPS_PROXY) for https URLs, http_proxy (or HTTP_PROXY) for http ones, the lower-case name
// first; no_proxy (or NO_PROXY) lists hosts that go direct (`*`, a host, host:port, a domain with or
// without its leading dot, which covers its subdomains); a loopback host is never proxied.
// Node's own proxy support (http.Agent `proxyEnv`, Node 24.5 and later) reads no_proxy otherwise
// (no subdomains without a leading dot, loopback proxied), so it is not used.

/** The proxy variables a front door passes in; process.env has this shape. */
export type ProxyVariables = Partial<Record<'https_proxy' | 'HTTPS_PROXY' | 'http_proxy' | 'HTTP_PROXY' | 'no_proxy' | 'NO_PROXY', string>>;

/** A proxy to open tunnels through (HTTP CONNECT). */
export interface ProxyRoute {
  /** `http:` or `https:` (TLS to the proxy itself). */
  protocol: 'http:' | 'https:';
  /** The host to connect to, an IPv6 address without brackets. */
  host: string;
  port: number;
  /** `Basic …` when the proxy URL carries credentials. */
  authorization?: string;
  /** Where the proxy is, for messages: host and port, never the credentials. */
  display: string;
}

/** A proxy variable that names no usable proxy. Its message names the variable, never the credentials. */
export class ProxySettingError extends Error {
  readonly code = 'ERR_PROXY_INVALID_CONFIG';
  readonly retryable = false;
}

/** The proxy for `target`, or null when it goes direct. Throws ProxySettingError for a variable that cannot be used. */
export function proxyFor(target: URL, variables: ProxyVariables): ProxyRoute | null {
  if (!target.hostname || isLoopback(target.hostname) || bypassed(target, variables.no_proxy || variables.NO_PROXY || '')) return null;
  const [name, value] = target.protocol === 'https:' ? pick(variables, 'https_proxy', 'HTTPS_PROXY') : pick(variables, 'http_proxy', 'HTTP_PROXY');
  return value ? parseProxy(name, value) : null;
}

function pick<N extends keyof ProxyVariables>(variables: ProxyVariables, lower: N, upper: N): [N, string | undefined] {
  return variables[lower] ? [lower, variables[lower]] : [upper, variables[upper]];
}

/** A proxy URL; one without a scheme (`proxy.corp:3128`) is taken as http://. */
function parseProxy(name: string, value: string): ProxyRoute {
  const text = /^[a-z][a-z\d+.-]*:\/\//i.test(value.trim()) ? value.trim() : `http://${value.trim()}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxySettingError(`${name} is not a URL (it should read like http://proxy.example:3128)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxySettingError(`${name} names a ${url.protocol.slice(0, -1)} proxy; only http:// and https:// proxies are supported`);
  }
  if (!url.hostname) throw new ProxySettingError(`${name} names no proxy host (it should read like http://proxy.example:3128)`);
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
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** "[2001:db8::1]" → "2001:db8::1"; any other host as it is. */
export function bareHost(host: string): string {
  return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}

/** The port a URL without one means: 443 for https, 80 otherwise. */
export function defaultPort(url: URL): number {
  return url.protocol === 'https:' ? 443 : 80;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}

/** Whether no_proxy sends `target` direct: `*`, the host or host:port, or a domain it is under. */
function bypassed(target: URL, noProxy: string): boolean {
  const port = target.port || String(defaultPort(target));
  const host = target.hostname.toUpperCase();
  const names = [host, `${host}:${port}`];
  return noProxy
    .split(',')
    .map((item) => item.trim().toUpperCase())
    .filter(Boolean)
    .some((item) => item === '*' || names.some((name) => name === item || name.endsWith(item.startsWith('.') ? item : `.${item}`)));
}
