import {
  type Answer,
  type Purpose,
  QUESTION_IDS,
  recommendPackage,
  type SkillAnswers,
  scoreAssessment,
} from '@digipakket/domain';
import { LANGUAGE_WEIGHTS, NAMES_BY_LANGUAGE } from './data-generator.people';
import type { SeededRandom } from './data-generator.random';
import type { PlannedClient, Stage, TenantScope } from './data-generator.scope';

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['referred', 3],
  ['assessed', 3],
  ['approved', 3],
  ['rejected', 4],
  ['reserved', 3],
  ['equipped', 6],
  ['in_guidance', 38],
  ['completed', 34],
  ['dropped_out', 4],
  ['closed', 2],
];

/** Days before today a client of each stage was referred: older stages started longer ago. */
const STAGE_START: Record<Stage, readonly [number, number]> = {
  referred: [-15, -1],
  assessed: [-25, -4],
  approved: [-40, -12],
  rejected: [-200, -12],
  reserved: [-50, -12],
  equipped: [-90, -35],
  in_guidance: [-200, -90],
  completed: [-330, -210],
  dropped_out: [-260, -120],
  closed: [-520, -420],
};

const PURPOSE_SETS: readonly (readonly Purpose[])[] = [
  ['work'],
  ['school'],
  ['social_contact'],
  ['work', 'social_contact'],
  ['school', 'social_contact'],
];

function answersFor({
  random,
  profile,
}: {
  random: SeededRandom;
  profile: 'none' | 'basic' | 'independent';
}) {
  const odds: Record<typeof profile, readonly (readonly [Answer, number])[]> = {
    none: [
      ['no', 6],
      ['with_help', 3],
      ['yes', 1],
    ],
    basic: [
      ['yes', 5],
      ['with_help', 3],
      ['no', 2],
    ],
    independent: [
      ['yes', 12],
      ['with_help', 1],
    ],
  };
  return Object.fromEntries(
    QUESTION_IDS.map((id, index) => [
      id,
      profile !== 'none' && index < 2 ? 'yes' : random.weighted(odds[profile]),
    ]),
  ) as SkillAnswers;
}

/** One client's row: a stage drawn by weight, a start day for it, a name and address in the tenant's town. */
function emitClient(scope: TenantScope, index: number): PlannedClient {
  const { random, cal, emit, town, places, tenantId, socialWorkerIds, year } = scope;
  const stage = random.weighted(STAGE_WEIGHTS);
  const [from, to] = STAGE_START[stage];
  const start = random.int(from, to);
  const language = random.weighted(LANGUAGE_WEIGHTS);
  const names = NAMES_BY_LANGUAGE[language];
  const place = random.pick(places);
  const id = random.id('client');
  const digits = String(random.int(10_000_000, 99_999_999));
  const socialWorker = socialWorkerIds[index % socialWorkerIds.length]!;
  emit('clients', {
    id,
    tenant_id: tenantId,
    file_number: `${town.slug.slice(0, 3).toUpperCase()}-${Number(year)}-${String(index + 1).padStart(5, '0')}`,
    first_name: random.pick(names.first),
    last_name: random.pick(names.last),
    birth_date: `${random.int(1945, 2005)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    phone: `04${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`,
    preferred_language: language,
    needs_interpreter: language !== 'nl' && random.chance(0.15),
    street: `${place.street} ${random.int(1, 240)}`,
    postcode: place.postcode,
    city: town.name,
    neighbourhood: place.name,
    lat: Math.round((place.lat + (random.next() - 0.5) * 0.01) * 1e5) / 1e5,
    lon: Math.round((place.lon + (random.next() - 0.5) * 0.01) * 1e5) / 1e5,
    household: { adults: random.int(1, 2), children: random.int(0, 4), hasUsableLaptop: false },
    created_by: socialWorker,
    created_at: cal.at(start, '09:00'),
  });
  return { id, index, stage, start, language, pkg: undefined };
}

/** The client's intake, its verdict and decision as the stage implies; sets the recommended package. */
function emitIntake(scope: TenantScope, client: PlannedClient) {
  const { random, cal, emit, tenantId, programmeId, settings, socialWorkerIds, waveOf } = scope;
  const { stage, start } = client;
  const socialWorker = socialWorkerIds[client.index % socialWorkerIds.length]!;
  const profile = random.weighted([
    ['none', 45],
    ['basic', 47],
    ['independent', 8],
  ] as const);
  const answers = answersFor({ random, profile });
  const { level } = scoreAssessment({ answers });
  const purposes = random.pick(PURPOSE_SETS);
  const { package: pkg } = recommendPackage({ level, purposes, settings });
  client.pkg = pkg;
  const decided = stage !== 'assessed';
  const rejected = stage === 'rejected';
  const closure = stage === 'dropped_out' || stage === 'closed' ? stage : null;
  const later = ['in_guidance', 'completed', 'closed', 'dropped_out'].includes(stage);
  emit('intakes', {
    id: random.id('intake'),
    tenant_id: tenantId,
    client_id: client.id,
    programme_id: programmeId,
    purposes,
    answers,
    skill_level: level,
    verdict: rejected
      ? {
          ok: false,
          reasons: [
            { code: random.pick(['household.already_equipped', 'means.sufficient', 'purpose.missing']) },
          ],
          package: pkg,
        }
      : { ok: true, reasons: [], package: pkg },
    decision: decided ? (rejected ? 'rejected' : 'approved') : 'draft',
    wave_id: decided && !rejected ? waveOf(start) : null,
    created_by: socialWorker,
    decided_by: decided ? socialWorker : null,
    decided_at: decided ? cal.at(start + 5, '11:00') : null,
    digipunt_info_given_at: later ? cal.at(start + 20, '11:00') : null,
    info_session_attended_at: later && random.chance(0.6) ? cal.at(start + 30, '14:00') : null,
    closure_kind: closure,
    closure_reason:
      closure === 'dropped_out'
        ? random.pick(['Verhuisd buiten de gemeente', 'Geen interesse meer', 'Niet meer bereikbaar'])
        : closure
          ? 'Traject afgerond na controle'
          : null,
    closed_at: closure ? cal.at(Math.min(-2, start + 150), '12:00') : null,
    created_at: cal.at(start + 2, '10:00'),
  });
}

/** The tenant's clients, each at a stage, with an intake for every client past referral. */
export function emitClients(scope: TenantScope, clientCount: number): PlannedClient[] {
  const planned: PlannedClient[] = [];
  for (let index = 0; index < clientCount; index += 1) {
    const client = emitClient(scope, index);
    planned.push(client);
    if (client.stage !== 'referred') emitIntake(scope, client);
  }
  return planned;
}
