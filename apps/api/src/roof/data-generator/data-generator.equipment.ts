import { CHEQUE_CODE_RANDOM_BYTES, generateChequeCode, VISIT_TOPICS } from '@digipakket/domain';
import type { PlannedClient, Row, TenantScope } from './data-generator.scope';

const MODELS = [
  'Lenovo ThinkPad E14',
  'HP ProBook 445 G10',
  'Dell Latitude 3540',
  'Acer TravelMate P2',
] as const;
const APPOINTMENT_TIMES = ['09:00', '10:30', '13:00', '14:30', '16:00'] as const;
const HOLDING_STAGES = ['reserved', 'equipped', 'in_guidance', 'completed', 'dropped_out', 'closed'];

type Visit = { id: string; chequeId: string; minutes: number; month: string };

/** The tenant's laptops (numbered in order), its students taking visits in turn, and the visits made. */
function createEquipment(scope: TenantScope) {
  const { random, emit, tenantId, programmeId, town, year, studentIds } = scope;
  const devicePrefix = `${town.slug.slice(0, 3).toUpperCase()}${year}`;
  let serial = 0;
  let studentTurn = 0;
  return {
    device: (row: Row) => {
      serial += 1;
      const id = random.id('device');
      emit('devices', {
        id,
        tenant_id: tenantId,
        serial: `${devicePrefix}-${String(serial).padStart(6, '0')}`,
        model: random.pick(MODELS),
        funding: 'Digitale inclusie (Vlaanderen)',
        programme_id: programmeId,
        ...row,
      });
      return id;
    },
    deviceEvent: (row: Row) =>
      emit('device_events', { id: random.id('deviceEvent'), tenant_id: tenantId, ...row }),
    nextStudent: () => studentIds[studentTurn++ % studentIds.length]!,
    visits: [] as Visit[],
  };
}
type Equipment = ReturnType<typeof createEquipment>;

/** A laptop reserved for the client and, past the reserved stage, handed out (and returned on drop-out). */
function emitLaptop(scope: TenantScope, equipment: Equipment, client: PlannedClient): number | undefined {
  const { random, cal, settings, signal, welfareOrgId, socialWorkerIds } = scope;
  const socialWorker = socialWorkerIds[client.index % socialWorkerIds.length]!;
  const reservedDay = client.stage === 'reserved' ? random.int(-30, -2) : client.start + 10;
  const handedOutDay = reservedDay + random.int(3, 10);
  const returned = client.stage === 'dropped_out';
  const status = client.stage === 'reserved' ? 'reserved' : returned ? 'returned' : 'handed_out';
  const deviceId = equipment.device({
    status,
    holder_client_id: returned ? null : client.id,
    reserved_at: cal.at(reservedDay, '11:00'),
    handed_out_at: status === 'reserved' ? null : cal.at(handedOutDay, '10:00'),
  });
  client.deviceId = deviceId;
  const event = { device_id: deviceId, client_id: client.id, actor_user_id: socialWorker };
  equipment.deviceEvent({
    ...event,
    from_status: 'in_stock',
    to_status: 'reserved',
    at: cal.at(reservedDay, '11:00'),
  });
  if (status === 'reserved') {
    if (reservedDay < -settings.followUp.pickupOverdueDays) {
      signal({
        kind: 'device.pickup_overdue',
        owner_org_id: welfareOrgId,
        client_id: client.id,
        subject_id: deviceId,
        due_at: cal.at(reservedDay + settings.followUp.pickupOverdueDays),
        severity: reservedDay < -2 * settings.followUp.pickupOverdueDays ? 'urgent' : 'warning',
      });
    }
    return undefined;
  }
  client.handedOutDay = handedOutDay;
  equipment.deviceEvent({
    ...event,
    from_status: 'reserved',
    to_status: 'handed_out',
    signature_method: 'paper',
    at: cal.at(handedOutDay, '10:00'),
  });
  if (returned) {
    equipment.deviceEvent({
      ...event,
      from_status: 'handed_out',
      to_status: 'returned',
      reason: 'Cliënt stopt met het traject; laptop teruggebracht',
      at: cal.at(Math.min(-2, client.start + 150), '12:00'),
    });
  }
  return handedOutDay;
}

type ChequeDraft = {
  client: PlannedClient;
  row: Row;
  id: string;
  purpose: 'installation' | 'free';
  /** The day of the client's last visit so far: each next visit comes after it. */
  visitDays: { last: number };
};

/** A visit on the cheque some days after the client's last one, with its follow-up signal now and then. */
function redeemCheque(scope: TenantScope, equipment: Equipment, cheque: ChequeDraft) {
  const { random, cal, emit, tenantId, partners, settings, signal, welfareOrgId } = scope;
  const { row, id, purpose, client } = cheque;
  const day = Math.min(-1, cheque.visitDays.last + random.int(5, 30));
  cheque.visitDays.last = day;
  const student = equipment.nextStudent();
  const time = random.pick(APPOINTMENT_TIMES);
  Object.assign(row, {
    status: 'redeemed',
    student_user_id: student,
    appointment_at: cal.at(day, time),
    redeemed_at: cal.at(day, time),
  });
  const followUp = random.chance(0.05);
  const visitId = random.id('visit');
  const minutes = random.pick([45, 60, 60, 60, 75, 90]);
  emit('visits', {
    id: visitId,
    tenant_id: tenantId,
    cheque_id: id,
    home_help_org_id: partners.homeHelp.id,
    student_user_id: student,
    visited_on: cal.date(day),
    minutes,
    topics:
      purpose === 'installation'
        ? ['installed_laptop', 'wifi', 'safety_updates']
        : [random.pick(VISIT_TOPICS.slice(2, 8)), 'email'].filter((t, i, all) => all.indexOf(t) === i),
    notes:
      purpose === 'installation'
        ? 'Laptop geïnstalleerd, wifi ingesteld, updates gedaan.'
        : 'Verder geoefend met de cliënt.',
    needs_follow_up: followUp,
    follow_up_reason: followUp ? 'Cliënt heeft geen internet thuis; sociaal tarief nakijken.' : null,
  });
  equipment.visits.push({ id: visitId, chequeId: id, minutes, month: cal.date(day).slice(0, 7) });
  if (followUp) {
    const resolved = day < -settings.followUp.needsFollowUpDays * 2;
    signal({
      kind: 'visit.needs_follow_up',
      owner_org_id: welfareOrgId,
      client_id: client.id,
      subject_id: id,
      due_at: cal.at(day + settings.followUp.needsFollowUpDays),
      status: resolved ? 'resolved' : 'open',
      resolved_at: resolved ? cal.at(day + random.int(1, 6)) : null,
    });
  }
}

/** Where one cheque of the client stands, by the client's stage and the cheque's place in the package. */
function settleCheque(
  scope: TenantScope,
  equipment: Equipment,
  cheque: ChequeDraft,
  { n, handedOutDay, validUntil }: { n: number; handedOutDay: number; validUntil: string },
) {
  const { random, cal, settings, signal, partners, today } = scope;
  const { row, client } = cheque;
  const redeem = () => redeemCheque(scope, equipment, cheque);
  const settle = (roll: number) => {
    if (roll < 0.25) return;
    if (roll < 0.5) row.status = 'requested';
    else {
      const day = random.int(0, 14);
      Object.assign(row, {
        status: 'scheduled',
        student_user_id: equipment.nextStudent(),
        appointment_at: cal.at(day, random.pick(APPOINTMENT_TIMES)),
      });
    }
  };
  switch (client.stage) {
    case 'equipped':
      settle(random.next());
      if (
        n === 0 &&
        row.status !== 'scheduled' &&
        handedOutDay < -settings.followUp.installationOverdueDays
      ) {
        signal({
          kind: 'cheque.installation_overdue',
          owner_org_id: partners.homeHelp.id,
          client_id: client.id,
          subject_id: cheque.id,
          due_at: cal.at(handedOutDay + settings.followUp.installationOverdueDays),
        });
      }
      break;
    case 'in_guidance':
      if (n === 0 || random.chance(0.4)) redeem();
      else settle(random.next());
      break;
    case 'completed':
      redeem();
      break;
    case 'dropped_out':
      if (n === 0 && random.chance(0.5)) redeem();
      else Object.assign(row, { status: 'cancelled', cancelled_reason: 'Cliënt stopt met het traject' });
      break;
    case 'closed':
      if (n === 0) redeem();
      else if (validUntil < today) row.status = 'expired';
      else Object.assign(row, { status: 'cancelled', cancelled_reason: 'Traject afgesloten' });
      break;
  }
}

/** The package's cheques, issued at hand-out: the first for installation, the rest free. */
function emitCheques(scope: TenantScope, equipment: Equipment, client: PlannedClient, handedOutDay: number) {
  const { random, cal, emit, tenantId, programmeId, partners, settings } = scope;
  const chequeCount = client.pkg?.cheques ?? 0;
  const validUntil = cal.plusMonths(handedOutDay, settings.chequeValidityMonths);
  const visitDays = { last: handedOutDay };
  for (let n = 0; n < chequeCount; n += 1) {
    const purpose = n === 0 ? 'installation' : 'free';
    const id = random.id('cheque');
    const { code } = generateChequeCode({ randomBytes: random.bytes(CHEQUE_CODE_RANDOM_BYTES) });
    const row: Row = {
      id,
      tenant_id: tenantId,
      client_id: client.id,
      programme_id: programmeId,
      code,
      purpose,
      status: 'issued',
      valid_until: validUntil,
      home_help_org_id: partners.homeHelp.id,
      issued_at: cal.at(handedOutDay, '10:05'),
    };
    settleCheque(scope, equipment, { client, row, id, purpose, visitDays }, { n, handedOutDay, validUntil });
    emit('cheques', row);
  }
}

/** The home help's monthly statements of every month before this one, the last one sent, the rest accepted. */
function emitStatements(scope: TenantScope, visits: Visit[]) {
  const { random, cal, emit, today, tenantId, partners } = scope;
  const currentMonth = today.slice(0, 7);
  const lastMonth = cal.plusMonths(-Number(today.slice(8, 10)) + 1, -1).slice(0, 7);
  const byMonth = new Map<string, Visit[]>();
  for (const visit of visits) {
    if (visit.month >= currentMonth) continue;
    const list = byMonth.get(visit.month) ?? [];
    list.push(visit);
    byMonth.set(visit.month, list);
  }
  for (const [month, list] of [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const statementId = random.id('statement');
    const sent = month === lastMonth;
    emit('statements', {
      id: statementId,
      tenant_id: tenantId,
      home_help_org_id: partners.homeHelp.id,
      period_month: month,
      status: sent ? 'sent' : 'accepted',
      total_cheques: list.length,
      total_minutes: list.reduce((sum, visit) => sum + visit.minutes, 0),
      sent_at: `${month}-28T09:00:00.000Z`,
    });
    for (const visit of list) {
      emit('statement_lines', {
        id: random.id('statementLine'),
        tenant_id: tenantId,
        statement_id: statementId,
        cheque_id: visit.chequeId,
        visit_id: visit.id,
        minutes: visit.minutes,
      });
    }
  }
}

/**
 * Laptops, cheques, visits and statements: a laptop for every client from reservation on, the
 * package's cheques once it is handed out, spare laptops in stock, and the months' statements.
 */
export function emitEquipment(scope: TenantScope, planned: PlannedClient[], clientCount: number) {
  const { random } = scope;
  const equipment = createEquipment(scope);
  for (const client of planned) {
    if (!HOLDING_STAGES.includes(client.stage)) continue;
    const handedOutDay = emitLaptop(scope, equipment, client);
    if (handedOutDay !== undefined) emitCheques(scope, equipment, client, handedOutDay);
  }
  const spare = Math.round(clientCount * 0.2);
  for (let n = 0; n < spare; n += 1) {
    const status = random.weighted([
      ['in_stock', 90],
      ['defective', 7],
      ['lost', 3],
    ] as const);
    equipment.device({ status });
  }
  emitStatements(scope, equipment.visits);
}
