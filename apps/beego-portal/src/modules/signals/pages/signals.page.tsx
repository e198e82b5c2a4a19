import type { SignalItem } from '@digipakket/api/contracts';
import { Badge, EmptyState, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { severityTone, sortByDue } from '../signals.order';
import { fetchSignals } from '../signals.services';

function SignalCard(props: { signal: SignalItem }) {
  const name = () => `${props.signal.client.firstName} ${props.signal.client.lastName}`;
  return (
    <li class="card">
      <h2 class="card__title">{t(`signals.kind.${props.signal.kind}`)}</h2>
      <p class="card__meta">{name()}</p>
      <div class="card__badges">
        <Badge tone={severityTone(props.signal.severity)} label={t('signals.severity')}>
          {t(`signals.severity.${props.signal.severity}`)}
        </Badge>
      </div>
      <dl class="card__facts">
        <dt>{t('signals.due')}</dt>
        <dd>
          <time datetime={props.signal.dueAt}>
            {i18n.formatDate(new Date(props.signal.dueAt), { dateStyle: 'medium' })}
          </time>
        </dd>
      </dl>
      <A class="button button--secondary" href="/">
        {t('signals.toQueue')}
        <span class="visually-hidden"> {name()}</span>
      </A>
    </li>
  );
}

/** The coordinator's follow-up: what home help still has to do for a client, earliest due first. */
export function SignalsPage() {
  usePageTitle(() => t('signals.title'));
  const [signals, { refetch }] = createResource(fetchSignals);
  return (
    <>
      <h1>{t('signals.title')}</h1>
      <p class="lead">{t('signals.intro')}</p>
      <Loaded resource={signals} retry={refetch}>
        {(list) => (
          <Show
            when={list().items.length > 0}
            fallback={
              <EmptyState title={t('signals.empty.title')}>
                <p>{t('signals.empty.text')}</p>
              </EmptyState>
            }
          >
            <p class="result-count">
              {plural(list().total, { one: 'signals.total.one', other: 'signals.total.other' })}
            </p>
            <ul class="card-list" aria-label={t('signals.title')}>
              <For each={sortByDue({ items: list().items })}>
                {(signal) => <SignalCard signal={signal} />}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </>
  );
}
