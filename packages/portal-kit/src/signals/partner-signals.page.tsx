import type { SignalItem } from '@digipakket/api/contracts';
import { Badge, CardList, LoadedList } from '../display/display-parts.component';
import type { I18n } from '../i18n/i18n';
import { useKitI18n } from '../i18n/use-kit-i18n';
import { usePageTitle } from '../layout/page-title';
import { usePortal } from '../session/portal-context';
import { signalActionAddress } from './partner-signals.address';
import { severityTone, sortByDue } from './partner-signals.order';
import { createOpenSignalsQuery } from './partner-signals.queries';

/**
 * The keys a partner portal's dictionaries hold for its follow-up page; the words both partners
 * share (severity, due date, count, kind of signal) are the kit's own.
 */
export type PartnerSignalsKey =
  | 'signals.title'
  | 'signals.intro'
  | 'signals.empty.title'
  | 'signals.empty.text';

type Props = {
  /** The portal's own i18n: its dictionaries must hold every {@link PartnerSignalsKey}. */
  i18n: I18n<PartnerSignalsKey>;
  /**
   * The label of the link to where the coordinator acts on a signal, for the place the API gives
   * (the queue narrowed to the cheque, the planned visit, the course group).
   */
  actionLabel: (path: string) => string;
};

function SignalCard(props: { signal: SignalItem } & Props) {
  const { t, formatDate } = useKitI18n();
  const name = () => `${props.signal.client.firstName} ${props.signal.client.lastName}`;
  return (
    <li class="card">
      <h2 class="card__title">{t(`signals.kind.${props.signal.kind}`)}</h2>
      <p class="card__meta">
        {name()} · {props.signal.tenant.name}
      </p>
      <div class="card__badges">
        <Badge tone={severityTone(props.signal.severity)} label={t('signals.severity')}>
          {t(`signals.severity.${props.signal.severity}`)}
        </Badge>
      </div>
      <dl class="card__facts">
        <dt>{t('signals.due')}</dt>
        <dd>
          <time datetime={props.signal.dueAt}>
            {formatDate(new Date(props.signal.dueAt), { dateStyle: 'medium' })}
          </time>
        </dd>
      </dl>
      {/* In the portal's folder, so the queue narrowed to a cheque keeps its query on a reload. */}
      <a class="button button--secondary" href={signalActionAddress({ action: props.signal.action })}>
        {props.actionLabel(props.signal.action.path)}
        <span class="visually-hidden"> {name()}</span>
      </a>
    </li>
  );
}

/**
 * A partner coordinator's follow-up: the open signals their own part raised (the API scopes them),
 * earliest due first. Shared by the home-help and training portals.
 */
export function PartnerSignalsPage(props: Props) {
  const { api } = usePortal();
  const kit = useKitI18n();
  const t = (key: PartnerSignalsKey) => props.i18n.t(key);
  usePageTitle(() => t('signals.title'));
  const [signals, { refetch }] = createOpenSignalsQuery({ api });
  return (
    <>
      <h1>{t('signals.title')}</h1>
      <p class="lead">{t('signals.intro')}</p>
      <LoadedList
        resource={signals}
        retry={refetch}
        emptyTitle={t('signals.empty.title')}
        emptyText={t('signals.empty.text')}
      >
        {(list) => (
          <>
            <p class="result-count">
              {kit.plural(list().total, { one: 'signals.total.one', other: 'signals.total.other' })}
            </p>
            <CardList each={sortByDue({ items: list().items })} aria-label={t('signals.title')}>
              {(signal) => <SignalCard signal={signal} {...props} />}
            </CardList>
          </>
        )}
      </LoadedList>
    </>
  );
}
