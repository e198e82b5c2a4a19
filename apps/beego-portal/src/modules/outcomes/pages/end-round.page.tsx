import { PartnerEndRound, usePageTitle } from '@digipakket/portal-kit';
import { useNavigate, useParams } from '@solidjs/router';
import { t } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.errors';
import { createClientRoundsQuery } from '../outcomes.queries';
import { recordEndRound } from '../outcomes.services';

/**
 * The end round of the outcome measure, taken by the student at the client's second visit, on the
 * phone: one item per screen, read aloud, in the client's language beside the Dutch. The student sees
 * only the rounds Beego took, never the client's other answers.
 */
export function EndRoundPage() {
  const params = useParams<{ chequeId: string; clientId: string }>();
  const navigate = useNavigate();
  usePageTitle(() => t('outcomes.end.title'));
  const [rounds, { refetch }] = createClientRoundsQuery(() => params.clientId);
  const back = () => `/visits/${params.chequeId}`;
  return (
    <PartnerEndRound
      backHref={back()}
      texts={{
        back: t('outcomes.end.back'),
        title: t('outcomes.end.title'),
        intro: t('outcomes.end.intro'),
        done: t('outcomes.end.done'),
        submit: t('outcomes.end.submit'),
        saved: t('outcomes.end.saved'),
      }}
      rounds={rounds}
      retry={refetch}
      record={(round) => recordEndRound({ clientId: params.clientId, chequeId: params.chequeId, round })}
      errorText={outcomeRefusalText}
      onSaved={() => navigate(back())}
    />
  );
}
