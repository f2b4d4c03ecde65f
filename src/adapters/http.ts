// The core's HTTP port over @actions/http-client, which brings proxy support (HTTPS_PROXY, NO_PROXY)
// and keep-alive. Shared by both front doors: the library neither reads inputs nor writes workflow
// commands, so it works the same on and off a runner.
import { HttpClient } from '@actions/http-client';
import type { HttpTransportFactory } from '../core/reputation/client.js';

export const httpTransport: HttpTransportFactory = ({ userAgent, socketTimeoutMs }) => {
  // Redirects are followed by the core's client, not by the library: it would carry x-apikey to any host and port.
  const http = new HttpClient(userAgent, [], { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: socketTimeoutMs });
  return {
    get: async (url, headers) => (await http.get(url, headers)).message,
    dispose: () => http.dispose(),
  };
};
