// Which proxy a request goes through: @actions/http-client's rules (src/adapters/proxy.ts), which
// the other actions on a runner follow too.
import { describe, expect, test } from 'vitest';
import { proxyFor, ProxySettingError, type ProxyVariables } from '../../src/adapters/proxy.ts';

const PROXY = 'http://proxy.corp:3128';
const via = (url: string, variables: ProxyVariables) => proxyFor(new URL(url), variables);

describe('which variable', () => {
  test.each<[string, ProxyVariables, string | null]>([
    ['https://vt.example/api/v3', { https_proxy: PROXY }, 'proxy.corp:3128'],
    ['https://vt.example/api/v3', { HTTPS_PROXY: PROXY }, 'proxy.corp:3128'],
    ['https://vt.example/api/v3', { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' }, 'lower:1'],
    ['https://vt.example/api/v3', { https_proxy: '', HTTPS_PROXY: 'http://upper:2' }, 'upper:2'],
    ['https://vt.example/api/v3', { http_proxy: PROXY, HTTP_PROXY: PROXY }, null],
    ['http://vt.example/api/v3', { http_proxy: PROXY }, 'proxy.corp:3128'],
    ['http://vt.example/api/v3', { https_proxy: PROXY }, null],
    ['https://vt.example/api/v3', {}, null],
  ])('%s with %j: %s', (url, variables, display) => {
    expect(via(url, variables)?.display ?? null).toBe(display);
  });
});

describe('what goes direct', () => {
  test.each([
    ['localhost', 'https://localhost:8443/api/v3'],
    ['127.0.0.1', 'http://127.0.0.1:8787/api/v3'],
    ['127.x.y.z', 'http://127.1.2.3/api/v3'],
    ['[::1]', 'http://[::1]:8787/api/v3'],
    ['[0:0:0:0:0:0:0:1]', 'http://[0:0:0:0:0:0:0:1]:8787/api/v3'],
  ])('loopback (%s), whatever the variables say', (_, url) => {
    expect(via(url, { https_proxy: PROXY, http_proxy: PROXY })).toBeNull();
  });

  test.each<[string, string, boolean]>([
    ['*', 'https://vt.example/x', true],
    ['vt.example', 'https://vt.example/x', true],
    ['VT.EXAMPLE', 'https://vt.example/x', true],
    ['example', 'https://vt.example/x', true], // a domain covers its subdomains, with or without the dot
    ['.example', 'https://vt.example/x', true],
    ['.vt.example', 'https://vt.example/x', false], // a leading dot means subdomains only
    ['t.example', 'https://vt.example/x', false], // a suffix that is not a whole label
    ['vt.example:443', 'https://vt.example/x', true],
    ['vt.example:8443', 'https://vt.example/x', false],
    ['vt.example:8443', 'https://vt.example:8443/x', true],
    ['other.org, vt.example', 'https://vt.example/x', true],
    [' , ,', 'https://vt.example/x', false],
    ['', 'https://vt.example/x', false],
  ])('no_proxy=%j for %s: direct %s', (noProxy, url, direct) => {
    expect(via(url, { https_proxy: PROXY, no_proxy: noProxy }) === null).toBe(direct);
    expect(via(url, { https_proxy: PROXY, NO_PROXY: noProxy }) === null).toBe(direct);
  });

  test('no_proxy before NO_PROXY', () => {
    expect(via('https://vt.example/x', { https_proxy: PROXY, no_proxy: 'other.org', NO_PROXY: 'vt.example' })).not.toBeNull();
  });
});

describe('the proxy URL', () => {
  test('credentials, percent-decoded, become Proxy-Authorization; they are in no message', () => {
    const route = via('https://vt.example/x', { https_proxy: 'http://gate-user:s3cr%40t%3Apw@proxy.corp:3128' });
    expect(route).toEqual({ protocol: 'http:', host: 'proxy.corp', port: 3128, authorization: `Basic ${Buffer.from('gate-user:s3cr@t:pw').toString('base64')}`, display: 'proxy.corp:3128' });
  });

  test.each<[string, { protocol: string; host: string; port: number }]>([
    ['proxy.corp:3128', { protocol: 'http:', host: 'proxy.corp', port: 3128 }],
    ['10.0.0.1:8080', { protocol: 'http:', host: '10.0.0.1', port: 8080 }],
    ['http://proxy.corp', { protocol: 'http:', host: 'proxy.corp', port: 80 }],
    ['https://proxy.corp', { protocol: 'https:', host: 'proxy.corp', port: 443 }],
    ['HTTP://[2001:db8::7]:3128/', { protocol: 'http:', host: '2001:db8::7', port: 3128 }],
    [' http://proxy.corp:3128 ', { protocol: 'http:', host: 'proxy.corp', port: 3128 }],
  ])('%j', (value, expected) => {
    const route = via('https://vt.example/x', { https_proxy: value });
    expect(route).toMatchObject(expected);
    expect(route).not.toHaveProperty('authorization');
  });

  test.each([
    ['socks5://user:pw@proxy.corp:1080', 'https_proxy names a socks5 proxy; only http:// and https:// proxies are supported'],
    ['http://', 'https_proxy is not a URL (it should read like http://proxy.example:3128)'],
    ['http://proxy corp:3128', 'https_proxy is not a URL (it should read like http://proxy.example:3128)'],
  ])('%j is refused, naming the variable and never the credentials', (value, message) => {
    const refuse = () => via('https://vt.example/x', { https_proxy: value });
    expect(refuse).toThrow(ProxySettingError);
    expect(refuse).toThrow(message);
  });
});
