// The core's HTTP port over @actions/http-client, which brings proxy support (HTTPS_PROXY, NO_PROXY)
// and keep-alive. Shared by both front doors: the library neither reads inputs nor writes workflow
// commands, so it works the same on and off a runner.
import { HttpClient } from '@actions/http-client';
import type { RequestOptions } from 'node:http';
import type { HttpTransportFactory } from '../core/reputation/client.js';

type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number];

export const httpTransport: HttpTransportFactory = ({ userAgent, socketTimeoutMs }) => {
  const shaper = new RequestShaper();
  // Redirects are followed by the core's client, not by the library: it would carry x-apikey to any host and port.
  const http = new HttpClient(userAgent, [shaper], { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: socketTimeoutMs });
  return {
    get: async (url, headers, signal) => {
      // The library prepares the request synchronously inside get(): the signal is this request's alone.
      shaper.signal = signal;
      const pending = http.get(url, headers);
      shaper.signal = undefined;
      return (await pending).message;
    },
    post: async (url, headers, body, signal) => {
      shaper.signal = signal;
      // The library pipes the stream into the request as it reads: the body is never held whole.
      const pending = http.sendStream('POST', url, body, headers);
      shaper.signal = undefined;
      return (await pending).message;
    },
    dispose: () => http.dispose(),
  };
};

/**
 * Shapes each request the library prepares: an IPv6 literal loses the brackets URL.hostname keeps
 * (Node would send "[::1]" to DNS; it adds them back in the Host header itself), and the attempt's
 * abort signal is attached.
 */
export class RequestShaper implements RequestHandler {
  signal: AbortSignal | undefined;

  prepareRequest(options: RequestOptions): void {
    if (typeof options.host === 'string') options.host = bareHost(options.host);
    if (this.signal) options.signal = this.signal;
  }

  canHandleAuthentication(): boolean {
    return false;
  }

  handleAuthentication(): never {
    throw new Error('not used: 401 is answered by the client itself');
  }
}

/** "[2001:db8::1]" → "2001:db8::1"; any other host as it is. */
export function bareHost(host: string): string {
  return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}
