/**
 * Client addresses for requests through a trusted proxy: each call answers the next address of
 * `network` (a documentation network of RFC 5737), so that the per-address login limits one test or
 * request runs into stay out of the way of the others.
 */
export function clientAddresses(network: '192.0.2' | '198.51.100' | '203.0.113') {
  let next = 0;
  const address = () => `${network}.${(next++ % 254) + 1}`;
  return {
    address,
    /** The next address as the header the proxy sends. */
    header: () => ({ 'x-forwarded-for': address() }),
  };
}
