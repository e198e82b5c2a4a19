import type { ChequeCode, ChequePurpose, ClientLanguage } from '@digipakket/domain';
import type { Branding } from '../../ground/printing/printing.types';

/** An organisation the client may have to call (home-help partner, training partner, helpdesk). */
export type ContactInput = { name: string; phone: string };

/** Something the client has to do or attend, as agreed at pickup. */
export type AppointmentInput =
  | { kind: 'installation_visit'; at?: Date; contact: ContactInput }
  | { kind: 'first_lesson'; at: Date; place: string }
  | { kind: 'social_worker'; at: Date };

/** The handover of a laptop: the receipt the client signs, with the agreements. */
export type ReceiptInput = {
  client: { name: string };
  device: { model: string; serial: string };
  handedOutAt: Date;
  /** From the programme: the laptop becomes the client's, or stays the welfare centre's. */
  tenure: { kind: 'ownership' } | { kind: 'loan'; returnBy?: Date };
  /** Whom to call with a technical problem. */
  technicalHelp: ContactInput;
  appointments: AppointmentInput[];
  socialWorker: { name: string };
  /** Signatures drawn on a screen (PNG); without them the receipt has lines to sign on paper. */
  signatures?: { clientPng?: Buffer; socialWorkerPng?: Buffer; signedAt?: Date };
};

/** One Digicheque: one visit of home help. */
export type ChequeInput = {
  code: ChequeCode;
  /** What the QR code holds; the code itself unless a redeem link is printed. */
  qrText?: string;
  purpose: ChequePurpose;
  validUntil: Date;
  hours: number;
  partner: ContactInput;
  clientName?: string;
};

/** The client's cheques, printed three to an A4 page with cut marks. */
export type ChequesInput = { cheques: ChequeInput[] };

/** A course group's basic training as the client needs it on paper. */
export type LessonPlanInput = {
  partner: ContactInput;
  sessions: Array<{ startsAt: Date; endsAt: Date }>;
  location: {
    name: string;
    street: string;
    postcode: string;
    city: string;
    /** Stops and lines as the training partner writes them (names, not sentences), e.g. "Tram 1, halte Korenmarkt". */
    directions?: string;
  };
  teacher?: string;
};

/** A Digipunt as printed for the client. */
export type HelpPointInput = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  /** Either the documented weekly format ("Mo-Fr 09:00-12:00; Sa 10:00-12:00") or free text. */
  openingHours: string;
  /** ISO 639-1 codes. */
  languages: string[];
  phone?: string;
  distanceKm?: number;
};

/**
 * The Digipunten a client takes home, closest first. `area` (the places they are in) is set when the client's
 * location is unknown: the page then says where the points are instead of "near you".
 */
export type HelpNearbyInput = { points: HelpPointInput[]; area?: string };

/** Everything a client takes home; parts the client's package does not include are left out. */
export type WelcomePackInput = {
  client: { name: string };
  receipt?: ReceiptInput;
  cheques?: ChequesInput;
  lessonPlan?: LessonPlanInput;
  /** The volunteer Digibuddy the client meets, and how to reach them. */
  buddy?: BuddyInput;
  helpNearby: HelpNearbyInput;
};

/** A client's Digibuddy as the pack names them. */
export type BuddyInput = { name: string; phone?: string; email?: string };

/** The common shape of every renderer's argument. */
export type RenderArgs<T> = { data: T; language: ClientLanguage; branding: Branding };
