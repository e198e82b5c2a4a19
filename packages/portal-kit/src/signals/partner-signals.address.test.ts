import { describe, expect, it } from 'vitest';
import { signalActionAddress } from './partner-signals.address';

describe('signalActionAddress', () => {
  it('keeps the queue narrowed to a cheque inside the portal folder', () => {
    expect(signalActionAddress({ action: { portal: 'beego', path: '/?cheque=chq_1' } })).toBe(
      '/beego/?cheque=chq_1',
    );
  });

  it('puts a planned visit and a course group under their portal', () => {
    expect(signalActionAddress({ action: { portal: 'beego', path: '/visits/chq_1' } })).toBe(
      '/beego/visits/chq_1',
    );
    expect(signalActionAddress({ action: { portal: 'ligo', path: '/groups/grp_1' } })).toBe(
      '/ligo/groups/grp_1',
    );
  });

  it("opens the portal's start page when the action names no page", () => {
    expect(signalActionAddress({ action: { portal: 'ligo', path: '/' } })).toBe('/ligo/');
  });
});
