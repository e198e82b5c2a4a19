import type { PlannedClient, Stage, TenantScope } from './data-generator.scope';

const ATTENDANCE_WEIGHTS = [
  ['present', 80],
  ['late', 8],
  ['excused', 6],
  ['absent', 6],
] as const;

type GroupPlan = {
  kind: 'basic' | 'regular';
  members: PlannedClient[];
  waitlisted?: PlannedClient[];
  withdrawn?: PlannedClient[];
  sessionDays: number[];
  capacity: number;
};
type Session = { id: string; day: number };
type GroupFacts = {
  id: string;
  teacher: string;
  morning: boolean;
  sessionDays: number[];
  sessions: Session[];
};

/** The training partner's three locations in the tenant's town. */
function emitLocations(scope: TenantScope): string[] {
  const { random, emit, partners, town } = scope;
  return ['Campus centrum', 'Buurtcentrum', 'Bibliotheek'].map((name) => {
    const id = random.id('location');
    emit('training_locations', {
      id,
      training_org_id: partners.training.id,
      name: `${partners.training.name} — ${name} ${town.name}`,
      street: `${random.pick(['Kerkstraat', 'Stationsstraat', 'Markt'])} ${random.int(1, 80)}`,
      postcode: town.postcode,
      city: town.name,
    });
    return id;
  });
}

function emitEnrolment(
  scope: TenantScope,
  group: GroupFacts,
  client: PlannedClient,
  status: string,
  position?: number,
) {
  const { random, cal, emit, partners, tenantId, programmeId } = scope;
  const enrolmentId = random.id('enrolment');
  emit('enrolments', {
    id: enrolmentId,
    training_org_id: partners.training.id,
    tenant_id: tenantId,
    group_id: group.id,
    client_id: client.id,
    programme_id: programmeId,
    status,
    position: position ?? null,
    enrolled_at: cal.at(group.sessionDays[0]! - 14, '10:00'),
    withdrawn_at: status === 'withdrawn' ? cal.at(group.sessionDays[0]! + 1, '10:00') : null,
    withdrawn_reason: status === 'withdrawn' ? 'Stopt met het traject' : null,
  });
  return enrolmentId;
}

/** An enrolled member's marks for the sessions so far, and the absent-twice signal when it applies. */
function emitAttendance(scope: TenantScope, group: GroupFacts, client: PlannedClient, enrolmentId: string) {
  const { random, cal, emit, partners, tenantId, signal } = scope;
  const { sessions, teacher, morning } = group;
  let absences = 0;
  for (const session of sessions) {
    if (session.day >= 0) continue;
    const status = random.weighted(ATTENDANCE_WEIGHTS);
    if (status === 'absent') absences += 1;
    emit('attendance', {
      id: random.id('attendance'),
      training_org_id: partners.training.id,
      tenant_id: tenantId,
      session_id: session.id,
      enrolment_id: enrolmentId,
      status,
      marked_by: teacher,
      marked_at: cal.at(session.day, morning ? '09:15' : '13:45'),
    });
  }
  if (absences < 2) return;
  const resolved = sessions.every((session) => session.day < -14);
  signal({
    kind: 'training.absent_twice',
    owner_org_id: partners.training.id,
    client_id: client.id,
    subject_id: enrolmentId,
    due_at: cal.at(sessions.filter((s) => s.day < 0).at(-1)!.day + 1),
    status: resolved ? 'resolved' : 'open',
    resolved_at: resolved ? cal.at(sessions.at(-1)!.day + 3) : null,
  });
}

/** Course groups numbered in order, each with its sessions, enrolments and attendance. */
function createGroupMaker(scope: TenantScope, locationIds: string[]) {
  const { random, cal, emit, partners, programmeId, teacherIds } = scope;
  let groupNumber = 0;
  return ({ kind, members, waitlisted = [], withdrawn = [], sessionDays, capacity }: GroupPlan) => {
    groupNumber += 1;
    const id = random.id('courseGroup');
    const location = locationIds[groupNumber % locationIds.length]!;
    const teacher = teacherIds[groupNumber % teacherIds.length]!;
    const morning = groupNumber % 2 === 0;
    const languages = [...new Set(['nl', ...members.slice(0, 4).map((member) => member.language)])].slice(
      0,
      3,
    );
    emit('course_groups', {
      id,
      training_org_id: partners.training.id,
      programme_id: programmeId,
      kind,
      name:
        kind === 'basic'
          ? `Basis digitaal — groep ${groupNumber}`
          : `Computer vervolg — groep ${groupNumber}`,
      location_id: location,
      teacher_user_id: teacher,
      capacity,
      enrolled_count: members.length,
      language_support: languages,
      starts_on: cal.date(sessionDays[0]!),
    });
    const sessions = sessionDays.map((day) => {
      const sessionId = random.id('courseSession');
      emit('course_sessions', {
        id: sessionId,
        training_org_id: partners.training.id,
        group_id: id,
        date: cal.date(day),
        start_time: morning ? '09:00' : '13:30',
        end_time: morning ? '12:00' : '16:30',
        location_id: location,
      });
      return { id: sessionId, day };
    });
    const group: GroupFacts = { id, teacher, morning, sessionDays, sessions };
    const enrolled = members.map((client) => {
      const enrolmentId = emitEnrolment(scope, group, client, 'enrolled');
      emitAttendance(scope, group, client, enrolmentId);
      return { client, enrolmentId };
    });
    for (const [position, client] of waitlisted.entries())
      emitEnrolment(scope, group, client, 'waitlisted', position + 1);
    for (const client of withdrawn) emitEnrolment(scope, group, client, 'withdrawn');
    return { enrolled, teacher };
  };
}

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, n * size + size));

/**
 * Training: past basic groups of the completed clients with the teacher's referral decisions, the
 * regular courses the referred went on to, current groups of the clients in guidance (one dropped
 * out each), and upcoming groups with a waiting list.
 */
export function emitTraining(scope: TenantScope, planned: PlannedClient[]) {
  const { random, cal, emit, tenantId, partners } = scope;
  const makeGroup = createGroupMaker(scope, emitLocations(scope));
  const learners = (stages: Stage[]) =>
    planned.filter((client) => stages.includes(client.stage) && client.pkg?.basicCourse);
  const referredToRegular: PlannedClient[] = [];

  chunks(learners(['completed', 'closed']), 12).forEach((members, n) => {
    const first = -200 + ((n * 3) % 90);
    const { enrolled, teacher } = makeGroup({
      kind: 'basic',
      members,
      sessionDays: [first, first + 7, first + 14],
      capacity: 12,
    });
    for (const { client, enrolmentId } of enrolled) {
      const referred = random.chance(0.65);
      if (referred) referredToRegular.push(client);
      emit('referrals', {
        id: random.id('referral'),
        tenant_id: tenantId,
        training_org_id: partners.training.id,
        client_id: client.id,
        enrolment_id: enrolmentId,
        decision: referred ? 'referred' : 'not_referred',
        course_name: referred ? 'Computer — vervolgcursus (regulier aanbod)' : null,
        reason: referred
          ? null
          : random.pick([
              'Oefent eerst verder thuis',
              'Gaat werken; geen tijd meer',
              'Volgt liever les bij een Digipunt',
            ]),
        decided_by: teacher,
        decided_at: cal.at(first + 20, '12:00'),
      });
    }
  });
  chunks(referredToRegular, 15).forEach((members, n) => {
    const first = -160 + ((n * 5) % 150);
    makeGroup({
      kind: 'regular',
      members,
      sessionDays: Array.from({ length: 10 }, (_, k) => first + k * 7),
      capacity: 15,
    });
  });

  const current = learners(['in_guidance']);
  const dropped = learners(['dropped_out']);
  chunks(current, 12).forEach((members, n) => {
    const offset = n % 7;
    makeGroup({
      kind: 'basic',
      members,
      withdrawn: dropped.slice(n, n + 1),
      sessionDays: [offset - 14, offset - 7, offset],
      capacity: 12,
    });
  });
  chunks(learners(['equipped', 'reserved', 'approved']), 14).forEach((members, n) => {
    const offset = 7 + (n % 14);
    makeGroup({
      kind: 'basic',
      members: members.slice(0, 12),
      waitlisted: members.slice(12),
      sessionDays: [offset, offset + 7, offset + 14],
      capacity: 12,
    });
  });
}
