import { describe, expect, it } from 'vitest';
import { ROLES_BY_ORG_KIND } from '../organisations/organisations';
import type { ClientRecord, ClientSection, SectionScope, Viewer } from './visibility';
import {
  CLIENT_FIELDS,
  CLIENT_SECTIONS,
  CLIENT_VISIBILITY,
  canSeeClientField,
  projectClient,
  sectionScope,
  visibilityFor,
} from './visibility';

const client = {
  id: 'cli_1',
  name: 'Amina El Idrissi',
  preferredLanguage: 'ar',
  skillLevel: 'none',
  address: 'Sleepstraat 1, 9000 Gent',
  phone: '+32 470 12 34 56',
  fileNumber: 'GENT-2025-0042',
  birthDate: '1971-05-03',
  household: { adults: 1, children: 2 },
  means: 'leefloon',
  intakeAnswers: { video_call: 'no' },
  socialNotes: 'Confidential',
  deviceSerial: 'PF3X9K',
  deviceHandout: '2025-04-05',
  hasLaptop: true,
  deviceModel: 'ThinkPad E14',
} satisfies ClientRecord;

const viewers: Viewer[] = Object.entries(ROLES_BY_ORG_KIND).flatMap(([orgKind, roles]) =>
  roles.map((role) => ({ orgKind, role }) as Viewer),
);

function visibleFields(viewer: Viewer): string[] {
  return Object.keys(projectClient({ client, viewer }).client).sort();
}

describe('who sees what of a client', () => {
  it('covers every role of every organisation kind', () => {
    for (const [orgKind, roles] of Object.entries(ROLES_BY_ORG_KIND)) {
      expect(Object.keys(CLIENT_VISIBILITY[orgKind as keyof typeof CLIENT_VISIBILITY]).sort()).toEqual(
        [...roles].sort(),
      );
    }
  });

  it('shows a social worker and a project lead the whole file, but the device serial instead of "has a laptop"', () => {
    for (const role of ['social_worker', 'project_lead'] as const) {
      expect(visibleFields({ orgKind: 'welfare', role })).toEqual(
        ['id', ...CLIENT_FIELDS.filter((field) => field !== 'hasLaptop')].sort(),
      );
    }
  });

  it('shows a welfare admin no client at all', () => {
    expect(visibilityFor({ viewer: { orgKind: 'welfare', role: 'admin' } }).clients).toBe('none');
    expect(visibleFields({ orgKind: 'welfare', role: 'admin' })).toEqual(['id']);
  });

  it('shows a home-help coordinator contact details and whether the client has a laptop', () => {
    const { id, name, preferredLanguage, skillLevel, address, phone, hasLaptop } = client;
    expect(projectClient({ client, viewer: { orgKind: 'home_help', role: 'coordinator' } }).client).toEqual({
      id,
      name,
      preferredLanguage,
      skillLevel,
      address,
      phone,
      hasLaptop,
    });
  });

  it('shows a student contact details and the laptop model, never the serial', () => {
    expect(visibleFields({ orgKind: 'home_help', role: 'student' })).toEqual(
      ['id', 'name', 'preferredLanguage', 'skillLevel', 'address', 'phone', 'deviceModel'].sort(),
    );
  });

  it('shows a training coordinator the phone but not the address, and a teacher neither', () => {
    expect(visibleFields({ orgKind: 'training', role: 'coordinator' })).toEqual(
      ['id', 'name', 'phone', 'preferredLanguage', 'skillLevel'].sort(),
    );
    expect(visibleFields({ orgKind: 'training', role: 'teacher' })).toEqual(
      ['id', 'name', 'preferredLanguage', 'skillLevel'].sort(),
    );
  });

  it('never shows welfare-only fields to a partner', () => {
    const welfareOnly = [
      'fileNumber',
      'birthDate',
      'household',
      'means',
      'intakeAnswers',
      'socialNotes',
      'deviceSerial',
    ] as const;
    for (const viewer of viewers.filter((candidate) => candidate.orgKind !== 'welfare')) {
      for (const field of welfareOnly) expect(canSeeClientField({ viewer, field })).toBe(false);
    }
  });

  it.each<[Viewer['orgKind'], Viewer['role'], ClientSection, SectionScope]>([
    ['welfare', 'project_lead', 'audit', 'tenant'],
    ['welfare', 'social_worker', 'audit', 'none'],
    ['welfare', 'social_worker', 'signals', 'own_clients'],
    ['home_help', 'student', 'visits', 'own_visits'],
    ['home_help', 'coordinator', 'attendance', 'none'],
    ['training', 'teacher', 'attendance', 'own_groups'],
    ['training', 'teacher', 'signals', 'none'],
    ['training', 'coordinator', 'cheques', 'none'],
  ])('scopes sections per role: a %s %s sees %s at scope %s', (orgKind, role, section, scope) => {
    expect(sectionScope({ viewer: { orgKind, role }, section })).toBe(scope);
  });

  it('only lets the project lead see the audit log', () => {
    const auditors = viewers.filter((viewer) => sectionScope({ viewer, section: 'audit' }) !== 'none');
    expect(auditors).toEqual([{ orgKind: 'welfare', role: 'project_lead' }]);
    expect(CLIENT_SECTIONS).toContain('audit');
  });

  it('shows nothing to a role that does not belong to the organisation kind', () => {
    const stranger = { orgKind: 'welfare', role: 'student' } as const;
    expect(visibilityFor({ viewer: stranger }).clients).toBe('none');
    expect(visibleFields(stranger)).toEqual(['id']);
    expect(visibilityFor({ viewer: { orgKind: 'welfare', role: 'toString' as never } }).clients).toBe('none');
  });

  it('drops fields that are not in the table and fields the record does not have', () => {
    const extended = { ...client, password: 'secret' };
    expect(
      projectClient({ client: extended, viewer: { orgKind: 'welfare', role: 'project_lead' } }).client,
    ).not.toHaveProperty('password');
    expect(
      projectClient({ client: { id: 'cli_2' }, viewer: { orgKind: 'training', role: 'teacher' } }).client,
    ).toEqual({
      id: 'cli_2',
    });
  });
});
