import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, Show } from 'solid-js';
import { ActionButton } from '../actions/action-button.component';
import { createAction } from '../actions/create-action';
import type { ActiveSession } from '../api/api.types';
import { Badge, CardList } from '../display/display-parts.component';
import { usePortal } from '../session/portal-context';

/** A readable name for a browser from its user agent: the browser and the system, or unknown. */
function deviceOf(userAgent: string | null): string | undefined {
  if (!userAgent) return undefined;
  const browser = /(Edg|Firefox|Chrome|Chromium|Safari)\/[\d.]+/.exec(userAgent)?.[1];
  const system = /(Android|iPhone|iPad|Windows|Mac OS X|Linux|CrOS)/.exec(userAgent)?.[1];
  const names = [browser === 'Edg' ? 'Edge' : browser, system === 'Mac OS X' ? 'macOS' : system];
  const known = names.filter(Boolean).join(', ');
  return known || userAgent.slice(0, 60);
}

/**
 * Where the user is signed in: each session's device and when it was last active, this one marked,
 * with a button to sign out any other one or all others at once.
 */
export function OwnSessions() {
  const { api, i18n } = usePortal();
  const t = i18n.t;
  const [sessions, { refetch }] = createResource(() => api.call(AUTH_ROUTES.sessions));
  const end = createAction({
    run: (session: ActiveSession) => api.call(AUTH_ROUTES.endSession, { params: { id: session.id } }),
    announce: { done: () => t('ownSessions.ended') },
    refetch,
  });
  const endOthers = createAction({
    run: () => api.call(AUTH_ROUTES.endOtherSessions),
    announce: { done: () => t('ownSessions.endedOthers') },
    refetch,
  });
  const lastSeen = (session: ActiveSession) =>
    i18n.formatDate(new Date(session.lastSeenAt), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section class="own-sessions" aria-labelledby="own-sessions-title">
      <h2 id="own-sessions-title">{t('ownSessions.title')}</h2>
      <p>{t('ownSessions.intro')}</p>
      <Show when={sessions()}>
        {(list) => (
          <>
            <CardList each={list().items}>
              {(session) => (
                <li class="card">
                  <h3 class="card__title">
                    {deviceOf(session.userAgent) ?? t('ownSessions.unknownDevice')}
                    <Show when={session.current}>
                      {' '}
                      <Badge tone="info">{t('ownSessions.current')}</Badge>
                    </Show>
                  </h3>
                  <p class="card__meta">{t('ownSessions.lastSeen', { when: lastSeen(session) })}</p>
                  <Show when={!session.current}>
                    <div class="card__actions">
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={end.busy()}
                        onClick={() => end.run(session)}
                      >
                        {t('ownSessions.end')}
                        <span class="visually-hidden">
                          {' '}
                          {deviceOf(session.userAgent) ?? t('ownSessions.unknownDevice')}, {lastSeen(session)}
                        </span>
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </CardList>
            <Show when={list().items.some((session) => !session.current)}>
              <ActionButton action={endOthers}>{t('ownSessions.endOthers')}</ActionButton>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
