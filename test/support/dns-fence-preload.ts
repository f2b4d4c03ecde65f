// Preloaded into the action's process by dnsFence() (NODE_OPTIONS=--import). Every DNS lookup of a
// name other than localhost fails at once with ENOTFOUND, as any resolver answers for `.invalid`, and
// is appended to DNS_FENCE_LOG, one name a line. So no DNS query ever leaves the machine, whatever
// resolver it has, and a test can tell whether the action resolved a host name itself.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const lookup = dns.lookup;
const log = process.env.DNS_FENCE_LOG;

// net.connect reads dns.lookup at each connection, so replacing the property is enough.
(dns as { lookup: unknown }).lookup = function fencedLookup(hostname: string, ...rest: unknown[]): void {
  if (hostname === 'localhost' || net.isIP(hostname) !== 0) return Reflect.apply(lookup, dns, [hostname, ...rest]);
  if (log) appendFileSync(log, `${hostname}\n`);
  const callback = rest.at(-1) as (error: Error) => void;
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname });
  process.nextTick(callback, error);
};
