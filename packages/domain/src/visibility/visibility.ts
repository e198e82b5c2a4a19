import type { OrgKind, Role } from '../organisations/organisations';

/**
 * The fields of a client record that visibility rules talk about. The client's `id` is not in the
 * list: whoever may see a client at all may see its id.
 *
 * @example
 * CLIENT_FIELDS.includes('socialNotes'); // true
 */
export const CLIENT_FIELDS = [
  'name',
  'preferredLanguage',
  'skillLevel',
  'address',
  'phone',
  'fileNumber',
  'birthDate',
  'household',
  'means',
  'intakeAnswers',
  'socialNotes',
  'deviceSerial',
  'deviceHandout',
  'hasLaptop',
  'deviceModel',
] as const;

/** One of {@link CLIENT_FIELDS}. @example const field: ClientField = 'phone'; */
export type ClientField = (typeof CLIENT_FIELDS)[number];

/**
 * The parts of a client's file beyond its fields.
 *
 * @example
 * CLIENT_SECTIONS.includes('audit'); // true
 */
export const CLIENT_SECTIONS = ['cheques', 'visits', 'enrolment', 'attendance', 'signals', 'audit'] as const;

/** One of {@link CLIENT_SECTIONS}. @example const section: ClientSection = 'attendance'; */
export type ClientSection = (typeof CLIENT_SECTIONS)[number];

/**
 * How much of a section a viewer sees; the API turns each scope into a query filter.
 * - `tenant`: everything of the viewer's tenant;
 * - `own_clients`: for the social worker's own clients;
 * - `own_organisation`: what the viewer's own organisation did or raised (its cheques, its groups, signals from its data);
 * - `own_visits`: the student's own visits (and their cheques);
 * - `own_groups`: the teacher's own groups;
 * - `none`: nothing.
 *
 * @example
 * const scope: SectionScope = 'own_groups';
 */
export type SectionScope =
  | 'tenant'
  | 'own_clients'
  | 'own_organisation'
  | 'own_visits'
  | 'own_groups'
  | 'none';

/**
 * Which clients a viewer can see at all.
 * - `tenant`: every client of the welfare centre;
 * - `with_cheque_of_theirs`: clients holding a cheque of the viewer's home-help organisation;
 * - `of_their_visits`: clients the student visits;
 * - `enrolled_with_them`: clients enrolled (or waitlisted) with the viewer's training organisation;
 * - `in_their_groups`: clients in the teacher's groups;
 * - `none`: no client (e.g. a welfare admin, who sets up users and programmes).
 *
 * @example
 * const scope: ClientScope = 'in_their_groups';
 */
export type ClientScope =
  | 'tenant'
  | 'with_cheque_of_theirs'
  | 'of_their_visits'
  | 'enrolled_with_them'
  | 'in_their_groups'
  | 'none';

/**
 * What one kind of viewer may see of a client.
 *
 * @example
 * const rule: VisibilityRule = CLIENT_VISIBILITY.training.teacher;
 */
export interface VisibilityRule {
  readonly clients: ClientScope;
  readonly fields: readonly ClientField[];
  readonly sections: Readonly<Record<ClientSection, SectionScope>>;
}

const NAME_LANGUAGE_LEVEL = [
  'name',
  'preferredLanguage',
  'skillLevel',
] as const satisfies readonly ClientField[];

/** Every section of a client's file at the one scope. */
function everySectionAt(scope: SectionScope): Record<ClientSection, SectionScope> {
  return Object.fromEntries(CLIENT_SECTIONS.map((section) => [section, scope])) as Record<
    ClientSection,
    SectionScope
  >;
}

const NO_SECTIONS = everySectionAt('none');

/** The welfare centre's staff see every field of the file but "has a laptop", which the serial says. */
const WELFARE_FIELDS = CLIENT_FIELDS.filter((field) => field !== 'hasLaptop');

const NO_ACCESS: VisibilityRule = { clients: 'none', fields: [], sections: NO_SECTIONS };

/**
 * The "who sees what" table of the programme, as data: for each organisation kind and role, which
 * clients, which client fields and which sections it may see. The API enforces it and the security
 * tests read it; nothing else decides visibility.
 *
 * @example
 * CLIENT_VISIBILITY.home_help.coordinator.fields; // ['name', 'preferredLanguage', 'skillLevel', 'address', 'phone', 'hasLaptop']
 * CLIENT_VISIBILITY.welfare.project_lead.sections.audit; // 'tenant'
 */
export const CLIENT_VISIBILITY = {
  welfare: {
    social_worker: {
      clients: 'tenant',
      fields: WELFARE_FIELDS,
      sections: { ...everySectionAt('tenant'), signals: 'own_clients', audit: 'none' },
    },
    project_lead: { clients: 'tenant', fields: WELFARE_FIELDS, sections: everySectionAt('tenant') },
    admin: NO_ACCESS,
  },
  home_help: {
    coordinator: {
      clients: 'with_cheque_of_theirs',
      fields: [...NAME_LANGUAGE_LEVEL, 'address', 'phone', 'hasLaptop'],
      sections: {
        ...NO_SECTIONS,
        cheques: 'own_organisation',
        visits: 'own_organisation',
        signals: 'own_organisation',
      },
    },
    student: {
      clients: 'of_their_visits',
      fields: [...NAME_LANGUAGE_LEVEL, 'address', 'phone', 'deviceModel'],
      sections: { ...NO_SECTIONS, cheques: 'own_visits', visits: 'own_visits' },
    },
  },
  training: {
    coordinator: {
      clients: 'enrolled_with_them',
      fields: [...NAME_LANGUAGE_LEVEL, 'phone'],
      sections: {
        ...NO_SECTIONS,
        enrolment: 'own_organisation',
        attendance: 'own_organisation',
        signals: 'own_organisation',
      },
    },
    teacher: {
      clients: 'in_their_groups',
      fields: [...NAME_LANGUAGE_LEVEL],
      sections: { ...NO_SECTIONS, enrolment: 'own_groups', attendance: 'own_groups' },
    },
  },
} as const satisfies { [K in OrgKind]: Record<string, VisibilityRule> };

/**
 * Who is looking: the organisation kind and the role of the signed-in user.
 *
 * @example
 * const viewer: Viewer = { orgKind: 'home_help', role: 'student' };
 */
export interface Viewer {
  readonly orgKind: OrgKind;
  readonly role: Role;
}

/**
 * The visibility rule of a viewer; a role that does not belong to the organisation kind sees nothing.
 *
 * @example
 * visibilityFor({ viewer: { orgKind: 'training', role: 'teacher' } }).fields; // ['name', 'preferredLanguage', 'skillLevel']
 * visibilityFor({ viewer: { orgKind: 'welfare', role: 'student' } }).clients; // 'none'
 */
export function visibilityFor({ viewer }: { viewer: Viewer }): VisibilityRule {
  const byRole: Readonly<Record<string, VisibilityRule>> = CLIENT_VISIBILITY[viewer.orgKind];
  return Object.hasOwn(byRole, viewer.role) ? byRole[viewer.role]! : NO_ACCESS;
}

/**
 * Whether a viewer may see one client field.
 *
 * @example
 * canSeeClientField({ viewer: { orgKind: 'training', role: 'coordinator' }, field: 'address' }); // false
 */
export function canSeeClientField({ viewer, field }: { viewer: Viewer; field: ClientField }): boolean {
  return visibilityFor({ viewer }).fields.includes(field);
}

/**
 * How much of a section a viewer sees.
 *
 * @example
 * sectionScope({ viewer: { orgKind: 'home_help', role: 'student' }, section: 'visits' }); // 'own_visits'
 */
export function sectionScope({ viewer, section }: { viewer: Viewer; section: ClientSection }): SectionScope {
  return visibilityFor({ viewer }).sections[section];
}

/**
 * A client record as the visibility table sees it: an id plus any of the known fields. Fields that
 * are not in {@link CLIENT_FIELDS} are never passed through.
 *
 * @example
 * const client: ClientRecord = { id: 'cli_1', name: 'Amina El Idrissi', phone: '+32 470 12 34 56', fileNumber: 'GENT-2025-0042' };
 */
export type ClientRecord = { readonly id: string } & { readonly [F in ClientField]?: unknown };

/**
 * Keeps only the fields a viewer may see (and the id). The caller must first check that the viewer
 * may see this client at all (`visibilityFor(...).clients`): this function shapes, it does not scope.
 *
 * @example
 * projectClient({ client, viewer: { orgKind: 'training', role: 'teacher' } });
 * // { id: 'cli_1', name: 'Amina El Idrissi' }
 */
export function projectClient<T extends ClientRecord>({
  client,
  viewer,
}: {
  client: T;
  viewer: Viewer;
}): { client: Pick<T, 'id'> & Partial<Pick<T, ClientField & keyof T>> } {
  const projected: Record<string, unknown> = { id: client.id };
  for (const field of visibilityFor({ viewer }).fields) {
    if (Object.hasOwn(client, field)) projected[field] = client[field];
  }
  return { client: projected as Pick<T, 'id'> & Partial<Pick<T, ClientField & keyof T>> };
}
