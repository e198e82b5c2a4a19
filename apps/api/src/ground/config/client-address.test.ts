import { describe, expect, it } from 'vitest';
import { isProxyEntry, resolveClientAddress } from './client-address';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(
      resolveClientAddress({ peer: '198.51.100.7', forwardedFor: ['10.9.9.9'], trust: { hops: 0 } }),
    ).toBe('198.51.100.7');
  });

  it('is the hop the one trusted proxy appended, not the first entry the caller wrote', () => {
    expect(
      resolveClientAddress({
        peer: '10.0.0.2',
        forwardedFor: ['203.0.113.66, 198.51.100.7'],
        trust: { hops: 1 },
      }),
    ).toBe('198.51.100.7');
  });

  it('counts hops from the right over several X-Forwarded-For headers', () => {
    expect(
      resolveClientAddress({
        peer: '10.0.0.2',
        forwardedFor: ['203.0.113.66', '198.51.100.7, 10.0.0.3'],
        trust: { hops: 2 },
      }),
    ).toBe('198.51.100.7');
  });

  it('takes the leftmost hop when there are fewer hops than trusted proxies', () => {
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: [], trust: { hops: 3 } })).toBe('10.0.0.2');
  });

  it('walks past the listed proxies and networks and stops at the first address not among them', () => {
    const trust = { proxies: ['10.0.0.0/8', '2001:db8::/32'] };
    expect(
      resolveClientAddress({
        peer: '::ffff:10.0.0.2',
        forwardedFor: ['203.0.113.66, 198.51.100.7, 2001:db8::5'],
        trust,
      }),
    ).toBe('198.51.100.7');
  });

  it('ignores X-Forwarded-For when the peer is not a listed proxy', () => {
    expect(
      resolveClientAddress({
        peer: '198.51.100.9',
        forwardedFor: ['10.0.0.1'],
        trust: { proxies: ['10.0.0.0/8'] },
      }),
    ).toBe('198.51.100.9');
  });

  it('drops ports and brackets and writes IPv4-mapped addresses as IPv4', () => {
    expect(
      resolveClientAddress({ peer: '10.0.0.2', forwardedFor: ['198.51.100.7:51234'], trust: { hops: 1 } }),
    ).toBe('198.51.100.7');
    expect(
      resolveClientAddress({ peer: '10.0.0.2', forwardedFor: ['[2001:DB8::7]:443'], trust: { hops: 1 } }),
    ).toBe('2001:db8::7');
  });
});

describe('a TRUST_PROXY list entry', () => {
  it('is an IPv4 or IPv6 address, or a network with a prefix that fits it', () => {
    for (const entry of ['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '0.0.0.0/0'])
      expect(isProxyEntry(entry), entry).toBe(true);
    for (const entry of ['proxy.internal', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', '10.0.0.0/x', ''])
      expect(isProxyEntry(entry), entry).toBe(false);
  });
});
