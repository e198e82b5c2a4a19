import { BlockList, isIP } from 'node:net';

/**
 * Which reverse proxies in front of the API may say who the client is (`TRUST_PROXY`): none
 * (`hops: 0`), the last `hops` hops, or the proxies at these addresses and networks.
 */
export type TrustProxy = { hops: number } | { proxies: readonly string[] };

/** An address with its IPv4-mapped IPv6 form (`::ffff:10.0.0.1`) written as IPv4, or undefined. */
function normaliseAddress(value: string): string | undefined {
  let address = value.trim();
  // `[2001:db8::1]:443` and `192.0.2.1:51234`, as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : undefined;
}

/** Whether a `TRUST_PROXY` list entry is an address or a network such as `10.0.0.0/8` or `fd00::/8`. */
export function isProxyEntry(entry: string): boolean {
  const [address, prefix, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const blockLists = new WeakMap<object, BlockList>();

function trustedProxies(trust: { proxies: readonly string[] }): BlockList {
  let list = blockLists.get(trust);
  if (!list) {
    list = new BlockList();
    for (const entry of trust.proxies) {
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    blockLists.set(trust, list);
  }
  return list;
}

/**
 * The client's address as the trusted proxies vouch for it. The hops are read from the right: the
 * socket's peer, then each `X-Forwarded-For` entry from last to first. Each trusted proxy appends
 * the address it was contacted from, so the first hop that is not a trusted proxy is the client;
 * entries further left were written by the caller and prove nothing. With a number of hops, that
 * many hops from the right are proxies. Without trust, the peer.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trust,
}: {
  peer: string | undefined;
  /** Every `X-Forwarded-For` header of the request, in order. */
  forwardedFor: readonly string[];
  trust: TrustProxy;
}): string {
  const peerAddress = (peer && normaliseAddress(peer)) ?? peer ?? 'unknown';
  const hops = [
    ...forwardedFor
      .flatMap((header) => header.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean),
    peerAddress,
  ];
  const display = (hop: string) => (normaliseAddress(hop) ?? hop).slice(0, 64);

  if ('hops' in trust) {
    const index = Math.max(0, hops.length - 1 - trust.hops);
    return display(hops[index]!);
  }
  const proxies = trustedProxies(trust);
  const isTrusted = (hop: string) => {
    const address = normaliseAddress(hop);
    return address !== undefined && proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  };
  let index = hops.length - 1;
  while (index > 0 && isTrusted(hops[index]!)) index -= 1;
  return display(hops[index]!);
}
