import {
  type ChequeCode,
  type ClientLanguage,
  defaultProgrammeSettings,
  isChequeCode,
  isClientLanguage,
} from '@digipakket/domain';
import { localDateTimeToInstant } from '../../ground/shared/clock';
import { nearestDigipunten } from '../../records/digipunten/digipunten.nearest';
import type { ClientDocumentSources, TenantDocumentContext } from './documents.repository';
import type {
  AppointmentInput,
  ChequesInput,
  ContactInput,
  HelpNearbyInput,
  LessonPlanInput,
  ReceiptInput,
  WelcomePackInput,
} from './documents.types';

/** How many Digipunten a pack lists. */
export const HELP_POINTS_PER_PACK = 3;

/** The language a client's documents are printed in when none is asked for. */
export function packLanguage({ preferred }: { preferred: string }): ClientLanguage {
  return isClientLanguage(preferred) ? preferred : 'nl';
}

function minutesPerCheque(settings: Record<string, unknown> | undefined): number {
  const minutes = settings?.minutesPerCheque;
  return typeof minutes === 'number' && minutes > 0 ? minutes : defaultProgrammeSettings().minutesPerCheque;
}

function partnerContact(context: TenantDocumentContext, orgId: string | null | undefined): ContactInput {
  const name = orgId ? context.partnerNames.get(orgId) : undefined;
  if (!orgId || !name) return { name: context.branding.name, phone: context.branding.contactPhone };
  return { name, phone: context.partnerPhones[orgId] ?? context.branding.contactPhone };
}

function signaturePng(dataUrl: string | null): Buffer | undefined {
  const match = dataUrl ? /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl) : null;
  return match ? Buffer.from(match[1]!, 'base64') : undefined;
}

/**
 * Every part of a client's pack that the database holds, in the client's language; parts the
 * client does not have (no laptop yet, no open cheques, no course) are left out.
 */
export function assembleWelcomePack({
  sources,
  context,
  timeZone,
  now,
}: {
  sources: ClientDocumentSources;
  context: TenantDocumentContext;
  timeZone: string;
  now: Date;
}): { pack: WelcomePackInput } {
  const { client } = sources;
  const name = `${client.firstName} ${client.lastName}`;
  const programme =
    context.programmes.find((candidate) => candidate.id === sources.programmeId) ??
    context.programmes.find((candidate) => candidate.status === 'active');
  const homeHelp = partnerContact(context, sources.cheques[0]?.homeHelpOrgId ?? programme?.homeHelpOrgId);
  const at = (date: string, time: string) =>
    localDateTimeToInstant({ date, time: time.slice(0, 5), timeZone });

  let lessonPlan: LessonPlanInput | undefined;
  const course = sources.course;
  const location = course?.location ?? course?.sessions.find((session) => session.location)?.location;
  if (course && location && course.sessions.length > 0) {
    lessonPlan = {
      partner: partnerContact(context, course.trainingOrgId),
      sessions: course.sessions.map((session) => ({
        startsAt: at(session.date, session.startTime),
        endsAt: at(session.date, session.endTime),
      })),
      location: {
        name: location.name,
        street: location.street ?? '',
        postcode: location.postcode ?? '',
        city: location.city ?? '',
        ...(location.directions ? { directions: location.directions } : {}),
      },
      ...(course.teacher ? { teacher: course.teacher } : {}),
    };
  }

  const hours = minutesPerCheque(programme?.settings) / 60;
  // The installation cheque is the one to use first, so it is always "Cheque 1".
  const printable = sources.cheques
    .filter((cheque) => isChequeCode(cheque.code))
    .sort((a, b) => Number(b.purpose === 'installation') - Number(a.purpose === 'installation'));
  const cheques: ChequesInput | undefined =
    printable.length > 0
      ? {
          cheques: printable.map((cheque) => ({
            code: cheque.code as ChequeCode,
            purpose: cheque.purpose,
            validUntil: at(cheque.validUntil, '12:00'),
            hours,
            partner: partnerContact(context, cheque.homeHelpOrgId),
            clientName: name,
          })),
        }
      : undefined;

  let receipt: ReceiptInput | undefined;
  if (sources.device) {
    const installation = sources.cheques.find((cheque) => cheque.purpose === 'installation');
    const appointments: AppointmentInput[] = [];
    if (installation) {
      appointments.push({
        kind: 'installation_visit',
        contact: homeHelp,
        ...(installation.appointmentAt ? { at: installation.appointmentAt } : {}),
      });
    }
    const firstLesson = lessonPlan?.sessions.find((session) => session.startsAt >= now);
    if (lessonPlan && firstLesson) {
      appointments.push({
        kind: 'first_lesson',
        at: firstLesson.startsAt,
        place: [lessonPlan.location.name, lessonPlan.location.street].filter(Boolean).join(', '),
      });
    }
    const clientSignature = signaturePng(sources.device.signaturePng);
    receipt = {
      client: { name },
      device: { model: sources.device.model, serial: sources.device.serial },
      handedOutAt: sources.device.handedOutAt ?? now,
      tenure: { kind: 'ownership' },
      technicalHelp: homeHelp,
      appointments,
      socialWorker: { name: sources.socialWorker ?? context.branding.name },
      ...(clientSignature
        ? { signatures: { clientPng: clientSignature, signedAt: sources.device.handedOutAt ?? now } }
        : {}),
    };
  }

  const { points, located } = nearestDigipunten({
    client: {
      ...(client.lat !== null && client.lon !== null ? { lat: client.lat, lon: client.lon } : {}),
      ...(client.neighbourhood ? { neighbourhood: client.neighbourhood } : {}),
      language: client.preferredLanguage,
    },
    points: context.digipunten,
    limit: HELP_POINTS_PER_PACK,
  });
  // Without the client's location the list is not "near you": the page names the places it covers.
  const area = located ? undefined : [...new Set(points.map((point) => point.city))].join(', ');
  const helpNearby: HelpNearbyInput = {
    ...(area ? { area } : {}),
    points: points.map((point) => ({
      name: point.name,
      street: point.street,
      postcode: point.postcode,
      city: point.city,
      openingHours: point.openingHours,
      languages: point.languages,
      ...(point.phone ? { phone: point.phone } : {}),
      ...(point.distanceKm !== undefined ? { distanceKm: point.distanceKm } : {}),
    })),
  };

  return {
    pack: {
      client: { name },
      ...(receipt ? { receipt } : {}),
      ...(cheques ? { cheques } : {}),
      ...(lessonPlan ? { lessonPlan } : {}),
      ...(sources.buddy
        ? {
            buddy: {
              name: sources.buddy.name,
              ...(sources.buddy.phone ? { phone: sources.buddy.phone } : {}),
              ...(sources.buddy.email ? { email: sources.buddy.email } : {}),
            },
          }
        : {}),
      helpNearby,
    },
  };
}
