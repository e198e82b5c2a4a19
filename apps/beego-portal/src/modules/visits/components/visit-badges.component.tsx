import { Badge, type VisitSummary } from '@digipakket/portal-kit';
import { type JSX, Show } from 'solid-js';
import { t } from '../../../portal';

/**
 * A visit's badges: what the cheque is for, then `children` (say, the visit's status), then whether
 * the client needs an interpreter.
 */
export function VisitBadges(props: {
  purpose: VisitSummary['purpose'];
  needsInterpreter: boolean;
  children?: JSX.Element;
}) {
  return (
    <div class="card__badges">
      <Badge tone="info" label={t('visits.purpose')}>
        {t(`purpose.${props.purpose}`)}
      </Badge>
      {props.children}
      <Show when={props.needsInterpreter}>
        <Badge tone="warning">{t('visits.interpreter')}</Badge>
      </Show>
    </div>
  );
}
