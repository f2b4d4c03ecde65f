// End to end behind an HTTP CONNECT proxy, as on a runner in a corporate network: the bundled action,
// spawned with https_proxy and friends, against an HTTPS test server. All traffic stays on 127.0.0.1:
// the API host is a made-up `.invalid` name that only the test proxy "resolves" (to the test server),
// and the DNS fence makes any lookup of it in the action's process fail at once, with no query sent.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { ConnectProxy } from '../support/connect-proxy.ts';
import { dnsFence, type DnsFence } from '../support/dns-fence.ts';
import { fileReport, fixtureReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { makeCertificate, type Certificate } from '../support/tls.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'proxy-e2e-key-9c4e17';
const HOST = 'vt.proxy-test.invalid';
const AUTHORITY = `${HOST}:8443`; // any port will do: the proxy sends every tunnel to the test server
const API_URL = `https://${AUTHORITY}/api/v3`;

const FILES = { 'dist/app.exe': 'trojan build', 'dist/new.bin': 'never seen', 'dist/readme.txt': 'clean text' };
const [EXE, NEW, TXT] = Object.values(FILES).map(sha256Of) as [string, string, string];

interface Sandbox {
  server: VtServer;
  proxy: ConnectProxy;
  certificate: Certificate;
  fence: DnsFence;
  workspace: string;
}

/** An HTTPS server for HOST that knows EXE (malicious) and TXT (clean), a proxy to it, the DNS fence and a workspace; all gone when the test ends. */
async function sandbox(): Promise<Sandbox> {
  const certificate = await makeCertificate(HOST);
  const server = await VtServer.start({ apiKeys: [KEY], tls: certificate });
  onTestFinished(() => server.close());
  server.reports.set(EXE, fixtureReport('malicious-win32-exe', EXE).body); // 54/79
  server.reports.set(TXT, fileReport({ sha256: TXT }));
  const proxy = await ConnectProxy.start(server.port);
  onTestFinished(() => proxy.close());
  return { server, proxy, certificate, fence: await dnsFence(), workspace: await makeWorkspace(FILES) };
}

// No retries and no pacing: each artifact is one attempt, so a failure shows at once and counts are exact.
function gate(box: Pick<Sandbox, 'workspace' | 'fence'>, env: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: box.workspace,
    inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': API_URL, 'requests-per-minute': '0', 'max-retries': '0', ...inputs },
    env: { ...box.fence.env, ...env },
  });
}

/** Everything the action wrote that a workflow's readers see. */
function written(run: ActionRun): Record<string, string> {
  return { stdout: run.stdout, stderr: run.stderr, summary: run.summary, report: JSON.stringify(run.report), outputs: JSON.stringify(run.outputs) };
}

function statuses(run: ActionRun): Record<string, string> {
  return Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a.status]));
}

describe('through an HTTP CONNECT proxy', () => {
  test.each(['https_proxy', 'HTTPS_PROXY'])('%s: every lookup tunnels to the API host, the verdicts are right, the proxy never sees the key', async (variable) => {
    const box = await sandbox();

    const run = await gate(box, { [variable]: box.proxy.url(), NODE_EXTRA_CA_CERTS: box.certificate.certPath });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '3', malicious: '1', unknown: '1', errors: '0' });
    expect(statuses(run)).toEqual({ 'dist/app.exe': 'malicious', 'dist/new.bin': 'unknown', 'dist/readme.txt': 'clean' });
    expect(run.report.artifacts.find((a: any) => a.path === 'dist/app.exe')).toMatchObject({ stats: { malicious: 54 }, engineCount: 79 });

    expect(box.server.url).toMatch(/^https:\/\//);
    expect(box.server.requests.map((r) => r.sha256).sort()).toEqual([EXE, NEW, TXT].sort());
    expect(box.server.requests.map((r) => r.apiKey)).toEqual([KEY, KEY, KEY]);
    // The only way to the server is the proxy; its tunnels were asked for the host as api-url names it.
    expect(box.proxy.connects).toBeGreaterThan(0);
    expect(new Set(box.proxy.authorities)).toEqual(new Set([AUTHORITY]));
    expect(box.proxy.authorizations.filter((a) => a !== undefined)).toEqual([]);
    expect(box.proxy.plainRequests).toBe(0);
    // The proxy resolves the host, not the action.
    expect(await box.fence.lookups()).toEqual([]);
    // The proxy read the CONNECT in clear, then only TLS: neither the key nor what was asked.
    expect(box.proxy.saw(`CONNECT ${AUTHORITY} HTTP/1.1\r\n`)).toBe(true);
    expect(box.proxy.saw(KEY)).toBe(false);
    expect(box.proxy.saw('x-apikey')).toBe(false);
    expect(box.proxy.saw(EXE)).toBe(false);
  });

  // TLS runs from the action to the server, inside the tunnel: the proxy does not stand in for either end.
  test.each([
    ['a certificate the runner does not trust', HOST, false, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['a certificate for another host', 'other.proxy-test.invalid', true, 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ])('the server certificate is still checked: %s is refused before the key is sent', async (_, host, trusted, code) => {
    const box = await sandbox();
    const env = { https_proxy: box.proxy.url(), ...(trusted && { NODE_EXTRA_CA_CERTS: box.certificate.certPath }) };

    const run = await gate(box, env, { 'api-url': `https://${host}:8443/api/v3` });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '3', errors: '3' });
    for (const artifact of run.report.artifacts) expect(artifact.error).toEqual({ kind: 'transient', message: `Could not reach the service (${code}).`, httpStatus: null });
    expect(new Set(box.proxy.authorities)).toEqual(new Set([`${host}:8443`]));
    expect(box.server.requests).toEqual([]);
  });

  test('credentials in the proxy URL arrive as Proxy-Authorization, and appear nowhere in what the action writes', async () => {
    const box = await sandbox();
    const [user, password] = ['gate-user', 's3cr@t:pw'];
    const token = Buffer.from(`${user}:${password}`).toString('base64');

    // RUNNER_DEBUG: debug lines are written too, so they are searched as well.
    const run = await gate(box, { https_proxy: box.proxy.url(`${user}:${encodeURIComponent(password)}`), NODE_EXTRA_CA_CERTS: box.certificate.certPath, RUNNER_DEBUG: '1' });

    expect(run.exitCode).toBe(1);
    expect(statuses(run)).toEqual({ 'dist/app.exe': 'malicious', 'dist/new.bin': 'unknown', 'dist/readme.txt': 'clean' });
    expect(run.stdout).toMatch(/^::debug::/m);
    expect(box.proxy.connects).toBeGreaterThan(0);
    expect(box.proxy.authorizations).toEqual(box.proxy.authorities.map(() => `Basic ${token}`));
    for (const [where, text] of Object.entries(written(run))) {
      for (const secret of [password, encodeURIComponent(password), token]) expect(text, `${where} contains ${secret}`).not.toContain(secret);
    }
  });

  test("an https:// proxy: TLS to the proxy, and the service's own TLS inside the tunnel", async () => {
    const box = await sandbox();
    const proxyCertificate = await makeCertificate('localhost');
    const proxy = await ConnectProxy.start(box.server.port, proxyCertificate);
    onTestFinished(() => proxy.close());
    const trusted = path.join(path.dirname(proxyCertificate.certPath), 'both.pem');
    await writeFile(trusted, `${box.certificate.cert}\n${proxyCertificate.cert}`);

    const run = await gate(box, { https_proxy: proxy.url('gate-user:pw', 'localhost'), NODE_EXTRA_CA_CERTS: trusted });

    expect(statuses(run)).toEqual({ 'dist/app.exe': 'malicious', 'dist/new.bin': 'unknown', 'dist/readme.txt': 'clean' });
    expect(new Set(proxy.authorities)).toEqual(new Set([AUTHORITY]));
    expect(proxy.authorizations).toEqual(proxy.authorities.map(() => `Basic ${Buffer.from('gate-user:pw').toString('base64')}`));
    // Inside the proxy's TLS it reads the CONNECT, then only the service's TLS.
    expect(proxy.saw(`CONNECT ${AUTHORITY} HTTP/1.1\r\n`)).toBe(true);
    expect(proxy.saw(KEY)).toBe(false);
    expect(await box.fence.lookups()).toEqual([]);
  });

  test('a proxy that refuses the tunnel (407) makes every lookup an error that says so, not retried; no key is sent, no credential is written', async () => {
    const box = await sandbox();
    box.proxy.connectStatus = '407 Proxy Authentication Required';

    const run = await gate(box, { https_proxy: box.proxy.url('gate-user:wrong-pw'), NODE_EXTRA_CA_CERTS: box.certificate.certPath });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '3', errors: '3' });
    // A 4xx from the proxy is not retried: asking again gets the same answer.
    for (const artifact of run.report.artifacts) {
      expect(artifact.error).toMatchObject({
        kind: 'protocol',
        message: `The service could not be reached through the proxy: the proxy 127.0.0.1:${box.proxy.port} refused the tunnel to ${AUTHORITY} (HTTP 407 Proxy Authentication Required).`,
      });
    }
    expect(box.proxy.connects).toBe(3);
    expect(box.server.requests).toEqual([]);
    for (const [where, text] of Object.entries(written(run))) expect(text, where).not.toContain('wrong-pw');
  });
});

describe('hosts in no_proxy go direct', () => {
  test.each([
    ['no_proxy', HOST],
    ['no_proxy', '.proxy-test.invalid'],
    ['NO_PROXY', `example.org, ${AUTHORITY}`],
  ])('%s=%s: the proxy sees nothing; the made-up host does not resolve, an error for each artifact', async (variable, value) => {
    const box = await sandbox();

    const run = await gate(box, { https_proxy: box.proxy.url(), [variable]: value, NODE_EXTRA_CA_CERTS: box.certificate.certPath });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '3', errors: '3' });
    for (const artifact of run.report.artifacts) expect(artifact.error).toEqual({ kind: 'transient', message: 'Could not reach the service (ENOTFOUND).', httpStatus: null });
    expect(box.proxy.connects).toBe(0);
    expect(box.proxy.plainRequests).toBe(0);
    expect(box.server.requests).toEqual([]);
    // Direct means the action resolves the host itself: the fence answered each of those lookups.
    expect(new Set(await box.fence.lookups())).toEqual(new Set([HOST]));
  });
});

test('a loopback api-url is never proxied, whatever the proxy variables say', async () => {
  const server = await VtServer.start({ apiKeys: [KEY], reports: [[TXT, fileReport({ sha256: TXT })]] });
  onTestFinished(() => server.close());
  const proxy = await ConnectProxy.start(server.port); // had it been used, it would have reached the server too
  onTestFinished(() => proxy.close());
  const url = proxy.url();
  const box = { fence: await dnsFence(), workspace: await makeWorkspace(FILES) };

  const run = await gate(box, { https_proxy: url, HTTPS_PROXY: url, http_proxy: url, HTTP_PROXY: url }, { 'api-url': server.url, 'on-unknown': 'pass' });

  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  expect(run.exitCode).toBe(0);
  expect(statuses(run)).toEqual({ 'dist/app.exe': 'unknown', 'dist/new.bin': 'unknown', 'dist/readme.txt': 'clean' });
  expect(server.requests.map((r) => r.apiKey)).toEqual([KEY, KEY, KEY]);
  expect(proxy.connects).toBe(0);
  expect(proxy.plainRequests).toBe(0);
  expect(await box.fence.lookups()).toEqual([]);
});

describe('HTTPS straight to the service, no proxy', () => {
  async function direct(): Promise<{ server: VtServer; certificate: Certificate; box: Pick<Sandbox, 'workspace' | 'fence'> }> {
    const certificate = await makeCertificate('localhost');
    const server = await VtServer.start({ apiKeys: [KEY], tls: certificate });
    onTestFinished(() => server.close());
    server.reports.set(TXT, fileReport({ sha256: TXT }));
    return { server, certificate, box: { fence: await dnsFence(), workspace: await makeWorkspace(FILES) } };
  }

  test('a trusted certificate for the host: every lookup answered over TLS', async () => {
    const { server, certificate, box } = await direct();

    const run = await gate(box, { NODE_EXTRA_CA_CERTS: certificate.certPath }, { 'api-url': `https://localhost:${server.port}/api/v3`, 'on-unknown': 'pass' });

    expect(run.exitCode).toBe(0);
    expect(statuses(run)).toEqual({ 'dist/app.exe': 'unknown', 'dist/new.bin': 'unknown', 'dist/readme.txt': 'clean' });
    expect(server.requests.map((r) => [r.apiKey, r.host])).toEqual([1, 2, 3].map(() => [KEY, `localhost:${server.port}`]));
  });

  test('a certificate the runner does not trust is refused before the key is sent', async () => {
    const { server, box } = await direct();

    const run = await gate(box, {}, { 'api-url': `https://localhost:${server.port}/api/v3` });

    expect(run.exitCode).toBe(1);
    for (const artifact of run.report.artifacts) expect(artifact.error).toEqual({ kind: 'transient', message: 'Could not reach the service (DEPTH_ZERO_SELF_SIGNED_CERT).', httpStatus: null });
    expect(server.requests).toEqual([]);
  });
});
