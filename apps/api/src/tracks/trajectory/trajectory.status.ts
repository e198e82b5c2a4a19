import {
  deriveTrajectoryStatus,
  PURPOSES,
  type Purpose,
  type RecommendedPackage,
  recommendPackage,
  type SkillLevel,
  type TrajectoryFacts,
  type TrajectoryStatus,
} from '@digipakket/domain';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';

/** What the database knows about one client's tracks in their latest programme. */
export type ClientTrackFacts = {
  intake: {
    decision: 'draft' | 'approved' | 'rejected';
    skillLevel: SkillLevel | null;
    purposes: readonly string[];
    verdict: Record<string, unknown> | null;
    settings: Record<string, unknown> | null;
    digipuntInfoGiven: boolean;
    infoSessionAttended: boolean;
    closure: { kind: 'completed' | 'dropped_out' | 'closed'; reason: string } | null;
  } | null;
  device: TrajectoryFacts['device'];
  cheques: TrajectoryFacts['cheques'];
  enrolment: TrajectoryFacts['training']['enrolment'];
  basicSessionsAttended: number;
  referralDecided: boolean;
  buddy: TrajectoryFacts['guidance']['buddy'];
};

export const NO_TRACK_FACTS: ClientTrackFacts = {
  intake: null,
  device: 'none',
  cheques: { open: 0, redeemed: 0, expired: 0, cancelled: 0 },
  enrolment: 'none',
  basicSessionsAttended: 0,
  referralDecided: false,
  buddy: 'none',
};

function isRecommendedPackage(value: unknown): value is RecommendedPackage {
  const candidate = value as Partial<RecommendedPackage> | null;
  return (
    !!candidate &&
    typeof candidate.cheques === 'number' &&
    typeof candidate.basicCourse === 'boolean' &&
    typeof candidate.digibuddy === 'boolean' &&
    typeof candidate.infoSession === 'boolean'
  );
}

/** Turns the stored facts into the domain's trajectory facts; the package comes from the verdict when stored. */
export function toTrajectoryFacts({ facts }: { facts: ClientTrackFacts }): TrajectoryFacts {
  const { intake } = facts;
  const settings = readProgrammeSettings({ stored: intake?.settings });
  const stored = intake?.verdict?.package;
  const purposes = (intake?.purposes ?? []).filter((purpose): purpose is Purpose =>
    (PURPOSES as readonly string[]).includes(purpose),
  );
  const recommended = isRecommendedPackage(stored)
    ? stored
    : intake?.skillLevel
      ? recommendPackage({ level: intake.skillLevel, purposes, settings }).package
      : null;
  return {
    intakeDone: intake !== null && (intake.skillLevel !== null || intake.decision !== 'draft'),
    decision: intake && intake.decision !== 'draft' ? intake.decision : 'none',
    device: facts.device,
    package: recommended,
    cheques: facts.cheques,
    training: {
      enrolment: facts.enrolment,
      completed: facts.basicSessionsAttended >= settings.sessionsToComplete,
      referralDecided: facts.referralDecided,
    },
    guidance: {
      digipuntInfoGiven: intake?.digipuntInfoGiven ?? false,
      infoSessionAttended: intake?.infoSessionAttended ?? false,
      buddy: facts.buddy,
    },
    closure: intake?.closure ?? null,
  };
}

/** The client's trajectory status, derived by the domain from the stored facts. */
export function deriveClientStatus({ facts }: { facts: ClientTrackFacts }): { status: TrajectoryStatus } {
  return { status: deriveTrajectoryStatus({ facts: toTrajectoryFacts({ facts }) }).status };
}
