import { describe, expect, it } from 'vitest';
import { pickEncoding } from './portals';

describe('choosing how to compress a portal file', () => {
  it('prefers brotli when the browser accepts it', () => {
    expect(pickEncoding({ acceptEncoding: 'gzip, deflate, br, zstd' })).toBe('br');
  });

  it('falls back to gzip when brotli is not accepted', () => {
    expect(pickEncoding({ acceptEncoding: 'gzip, deflate' })).toBe('gzip');
    expect(pickEncoding({ acceptEncoding: 'br;q=0, gzip;q=0.5' })).toBe('gzip');
  });

  it('sends the file as it is when the browser accepts no compression it knows', () => {
    expect(pickEncoding({ acceptEncoding: undefined })).toBeUndefined();
    expect(pickEncoding({ acceptEncoding: 'identity' })).toBeUndefined();
    expect(pickEncoding({ acceptEncoding: '*;q=0' })).toBeUndefined();
  });

  it('treats a wildcard as accepting brotli', () => {
    expect(pickEncoding({ acceptEncoding: '*' })).toBe('br');
  });
});
