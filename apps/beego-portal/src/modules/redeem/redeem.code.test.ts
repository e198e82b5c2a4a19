import { describe, expect, it } from 'vitest';
import { codeFromScan, formatTypedCode } from './redeem.code';

describe('typing a cheque code', () => {
  it('groups what is typed as XXXX-XXXX-XXX in capitals, whatever the spacing', () => {
    expect(formatTypedCode('k7qm 3xrt9ph')).toBe('K7QM-3XRT-9PH');
    expect(formatTypedCode('k7q')).toBe('K7Q');
    expect(formatTypedCode('k7qm3')).toBe('K7QM-3');
  });

  it('keeps look-alike characters so the check can point out the typo, and stops at 11 characters', () => {
    expect(formatTypedCode('o1il-2345-6789-99')).toBe('O1IL-2345-678');
  });

  it('finds the code in a scanned QR text, also inside a link', () => {
    expect(codeFromScan('K7QM-3XRT-9PH')).toBe('K7QM-3XRT-9PH');
    expect(codeFromScan('https://example.org/c?code=k7qm3xrt9ph')).toBe('K7QM-3XRT-9PH');
  });
});
