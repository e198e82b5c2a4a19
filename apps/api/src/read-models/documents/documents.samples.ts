import { type ChequeCode, generateChequeCode } from '@digipakket/domain';
import type { Branding } from '../../ground/printing/printing.types';
import { DEMO_DIGIPUNTEN_GENT } from '../../records/digipunten/digipunten.demo';
import { nearestDigipunten } from '../../records/digipunten/digipunten.nearest';
import type { WelcomePackInput } from './documents.types';

/** The demo welfare centre's branding, for previews of a language's documents. */
export const SAMPLE_BRANDING: Branding = {
  name: 'OCMW Gent',
  contactPhone: '+32 9 266 99 00',
  contactEmail: 'digipakket@ocmw.gent.example',
  footer: 'OCMW Gent · Onderbergen 86, 9000 Gent · www.ocmw.gent.example',
  address: 'Onderbergen 86, 9000 Gent',
};

/**
 * The two codes printed on sample cheques: real codes (valid check character) made from fixed
 * bytes, so every preview and test prints the same ones.
 */
export const SAMPLE_CHEQUE_CODES = [
  generateChequeCode({ randomBytes: new Uint8Array(16).fill(7) }).code,
  generateChequeCode({ randomBytes: Uint8Array.from({ length: 16 }, (_, index) => index * 17) }).code,
] as const satisfies readonly [ChequeCode, ChequeCode];

/**
 * A complete welcome pack with made-up data (receipt, two cheques, three sessions, the three
 * nearest demo Digipunten), so an administrator can print any language before using it.
 */
export function samplePack(
  args: { clientName?: string; chequeCodes?: readonly [ChequeCode, ChequeCode] } = {},
): WelcomePackInput {
  const clientName = args.clientName ?? 'Samira Haddad';
  const [installationCode, freeCode] = args.chequeCodes ?? SAMPLE_CHEQUE_CODES;
  const homeHelp = { name: 'Beego', phone: '092440000' };
  const training = { name: 'Ligo Gent', phone: '09 265 90 40' };
  const firstLesson = new Date('2025-04-02T07:30:00Z');
  const { points } = nearestDigipunten({
    client: { lat: 51.0594, lon: 3.7205, neighbourhood: 'Rabot - Blaisantvest' },
    points: DEMO_DIGIPUNTEN_GENT,
    limit: 3,
  });
  return {
    client: { name: clientName },
    receipt: {
      client: { name: clientName },
      device: { model: 'Lenovo ThinkPad E14 Gen 5', serial: 'PF4XK2M9' },
      handedOutAt: new Date('2025-03-12T09:30:00Z'),
      tenure: { kind: 'ownership' },
      technicalHelp: homeHelp,
      appointments: [
        { kind: 'installation_visit', contact: homeHelp },
        { kind: 'first_lesson', at: firstLesson, place: 'Ligo, Sint-Salvatorstraat 16' },
      ],
      socialWorker: { name: 'An Peeters' },
    },
    cheques: {
      cheques: [
        {
          code: installationCode,
          purpose: 'installation',
          validUntil: new Date('2026-03-12T12:00:00Z'),
          hours: 1,
          partner: homeHelp,
          clientName,
        },
        {
          code: freeCode,
          purpose: 'free',
          validUntil: new Date('2026-03-12T12:00:00Z'),
          hours: 1,
          partner: homeHelp,
          clientName,
        },
      ],
    },
    lessonPlan: {
      partner: training,
      sessions: [0, 7, 14].map((days) => ({
        startsAt: new Date(firstLesson.getTime() + days * 86_400_000),
        endsAt: new Date(firstLesson.getTime() + days * 86_400_000 + 3 * 3_600_000),
      })),
      location: {
        name: 'Ligo Gent, lokaal 2.04',
        street: 'Sint-Salvatorstraat 16',
        postcode: '9000',
        city: 'Gent',
        directions: 'Tram 1 of bus 3, halte Gent Dampoort',
      },
      teacher: 'Mieke Claes',
    },
    helpNearby: { points },
  };
}
