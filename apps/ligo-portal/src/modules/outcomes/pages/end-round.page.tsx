import { PartnerEndRound } from '@digipakket/portal-kit';
import { useParams } from '@solidjs/router';
import { i18n } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.errors';

/**
 * The end round of the outcome measure, taken by the teacher with one learner at the group's last
 * half-day, on the tablet: one item per screen, read aloud, in the learner's language beside the Dutch.
 * The teacher sees only the rounds Ligo took, never the client's other answers.
 */
export function EndRoundPage() {
  const params = useParams<{ sessionId: string; clientId: string }>();
  return (
    <PartnerEndRound
      i18n={i18n}
      clientId={params.clientId}
      occasion={{ kind: 'training_session', sessionId: params.sessionId }}
      backHref={`/sessions/${params.sessionId}`}
      errorText={outcomeRefusalText}
    />
  );
}
