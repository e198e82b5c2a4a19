import { PartnerEndRound } from '@digipakket/portal-kit';
import { useParams } from '@solidjs/router';
import { i18n } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.errors';

/**
 * The end round of the outcome measure, taken by the student at the client's second visit, on the
 * phone: one item per screen, read aloud, in the client's language beside the Dutch. The student sees
 * only the rounds Beego took, never the client's other answers.
 */
export function EndRoundPage() {
  const params = useParams<{ chequeId: string; clientId: string }>();
  return (
    <PartnerEndRound
      i18n={i18n}
      clientId={params.clientId}
      occasion={{ kind: 'home_visit', chequeId: params.chequeId }}
      backHref={`/visits/${params.chequeId}`}
      errorText={outcomeRefusalText}
    />
  );
}
