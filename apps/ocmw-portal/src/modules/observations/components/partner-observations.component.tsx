import type { Observation } from '@digipakket/api/contracts';
import { Loaded } from '@digipakket/portal-kit';
import { createEffect, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { TimelineWho } from '../../shared/timeline-who.component';
import { createObservationsQuery } from '../observations.queries';

/** Brings the observation a follow-up signal links to (`#signal-<id>`) into view and gives it focus. */
function focusLinkedObservation(observations: readonly Observation[]) {
  const hash = window.location.hash.slice(1);
  if (!hash.startsWith('signal-')) return;
  const target = observations.find((observation) => observation.signalIds.includes(hash.slice(7)));
  const element = target ? document.getElementById(target.anchor) : null;
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/**
 * What the partners observed about the client, in the client file: visits with topics, the
 * student's note and follow-up reason, no-shows, attendance marks with the teacher's note, and moved
 * or cancelled lessons. A follow-up signal's link opens on the visit it is about.
 */
export function PartnerObservations(props: { clientId: string }) {
  const [list, { refetch }] = createObservationsQuery(() => props.clientId);
  createEffect(() => {
    const loaded = list.latest;
    if (loaded) queueMicrotask(() => focusLinkedObservation(loaded.observations));
  });

  return (
    <section class="card" aria-labelledby="observations-title">
      <h2 id="observations-title">{t('observations.title')}</h2>
      <Loaded resource={list} retry={refetch}>
        {(data) => (
          <Show when={data().observations.length > 0} fallback={<p>{t('observations.none')}</p>}>
            <ol class="timeline">
              <For each={data().observations}>
                {(observation) => (
                  <li
                    class="timeline__entry"
                    id={observation.anchor}
                    tabIndex={-1}
                    classList={{ 'timeline__entry--flagged': observation.needsFollowUp }}
                  >
                    <time datetime={observation.at}>{formatDay(observation.at)}</time>
                    <span class="timeline__what">
                      {t(`observations.kind.${observation.kind}` as OcmwKey)} — {observation.subject}
                      <Show when={observation.attendance}>
                        {(status) => <> ({t(`observations.attendance.${status()}` as OcmwKey)})</>}
                      </Show>
                    </span>
                    <Show when={observation.topics.length > 0}>
                      <span class="timeline__detail">
                        {t('observations.topics', { topics: observation.topics.join(', ') })}
                      </span>
                    </Show>
                    <Show when={observation.previousDate}>
                      {(previous) => (
                        <span class="timeline__detail">
                          {t('observations.previousDate', { date: formatDay(previous()) })}
                        </span>
                      )}
                    </Show>
                    <Show when={observation.note}>
                      <span class="timeline__detail">{observation.note}</span>
                    </Show>
                    <Show when={observation.followUpReason}>
                      {(reason) => (
                        <span class="timeline__detail">
                          <strong>{t('observations.followUp')}</strong> {reason()}
                        </span>
                      )}
                    </Show>
                    <TimelineWho name={observation.actorName} organisation={observation.organisationName} />
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
