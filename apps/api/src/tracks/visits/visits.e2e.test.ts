import { describe, expect, it } from 'vitest';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
appForFile((app) => {
  t = app;
});

/** Signs in as `email` and asks for `path` with that session. */
async function requestAs(email: string, path: string) {
  const { cookie } = await t.login({ email });
  return t.request(path, { cookie });
}

describe('GET /api/visits/mine', () => {
  it("gives the demo student today's and tomorrow's visits with what the visit needs", async () => {
    const res = await requestAs('student@beego.demo', '/api/visits/mine');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(6);
    const days = items.map((item: { appointmentAt: string }) => item.appointmentAt.slice(0, 10));
    expect(new Set(days)).toEqual(new Set(['2025-03-12', '2025-03-13']));
    expect(items[0]).toEqual({
      chequeId: expect.stringMatching(/^chq_/),
      appointmentAt: '2025-03-12T09:00:00.000Z',
      clientName: expect.any(String),
      address: expect.stringContaining('Gent'),
      phone: expect.any(String),
      language: expect.any(String),
      needsInterpreter: expect.any(Boolean),
      purpose: 'installation',
      skillLevel: expect.stringMatching(/^(none|basic)$/),
    });
    const sorted = [...items].sort((a, b) => a.appointmentAt.localeCompare(b.appointmentAt));
    expect(items).toEqual(sorted);
  });

  it("gives the coordinator all of the organisation's scheduled visits", async () => {
    const { items } = await (await requestAs('coordinator@beego.demo', '/api/visits/mine')).json();
    expect(items).toHaveLength(6);
  });

  it('leaves out visits before today', async () => {
    t.clock.advance({ days: 1 });
    const { items } = await (await requestAs('student@beego.demo', '/api/visits/mine')).json();
    expect(items).toHaveLength(3);
    t.clock.advance({ days: -1 });
  });

  it('refuses welfare and training users', async () => {
    expect((await requestAs('sociaal@ocmw-gent.demo', '/api/visits/mine')).status).toBe(403);
    expect((await requestAs('lesgever@ligo.demo', '/api/visits/mine')).status).toBe(403);
  });
});

describe('GET /api/training/sessions/mine', () => {
  it("gives the demo teacher today's session first, then the later ones", async () => {
    const res = await requestAs('lesgever@ligo.demo', '/api/training/sessions/mine');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.length).toBe(5);
    expect(items[0]).toEqual({
      id: expect.stringMatching(/^cse_/),
      groupId: expect.stringMatching(/^grp_/),
      groupName: 'Basis digitaal — groep A',
      date: '2025-03-12',
      startTime: '09:30',
      endTime: '12:30',
      locationName: expect.any(String),
      enrolledCount: 6,
    });
    expect(items.every((item: { date: string }) => item.date >= '2025-03-12')).toBe(true);
  });

  it("gives the training coordinator all of the organisation's sessions", async () => {
    const { items } = await (await requestAs('coordinator@ligo.demo', '/api/training/sessions/mine')).json();
    expect(items.length).toBe(5);
  });

  it('refuses home-help users', async () => {
    expect((await requestAs('student@beego.demo', '/api/training/sessions/mine')).status).toBe(403);
  });
});
