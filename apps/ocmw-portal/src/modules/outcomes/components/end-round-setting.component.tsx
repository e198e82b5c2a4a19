import { OUTCOME_END_ROUND_TAKERS, type OutcomeEndRoundTaker } from '@digipakket/domain';
import { createAction, ErrorNotice, Loaded, usePortal } from '@digipakket/portal-kit';
import { For } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.labels';
import { createSettingsQuery } from '../outcomes.queries';
import { updateSettings } from '../outcomes.services';

/**
 * Who takes the end round besides the social worker: the teacher at the group's last half-day, or the
 * student at the client's second visit. Changing it counts for the rounds taken from then on.
 */
export function EndRoundSetting(props: { programmeId: string }) {
  const { status } = usePortal();
  const [settings, { refetch }] = createSettingsQuery(() => props.programmeId);
  const save = createAction({
    run: (taker: OutcomeEndRoundTaker) =>
      updateSettings({ programmeId: props.programmeId, settings: { endRoundTakenBy: taker } }),
    onSuccess: () => status.announce(t('outcomes.settings.saved')),
    refetch,
    errorText: outcomeRefusalText,
  });
  return (
    <section class="card" aria-labelledby="outcome-settings-title">
      <h2 id="outcome-settings-title">{t('outcomes.settings.title')}</h2>
      <Loaded resource={settings} retry={refetch}>
        {(current) => (
          <fieldset>
            <legend>{t('outcomes.settings.endRound')}</legend>
            <For each={OUTCOME_END_ROUND_TAKERS}>
              {(taker) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="end-round-taker"
                    value={taker}
                    checked={current().endRoundTakenBy === taker}
                    disabled={save.busy()}
                    onChange={() => save.run(taker)}
                  />{' '}
                  {t(`outcomes.settings.taker.${taker}` as OcmwKey)}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Loaded>
      <ErrorNotice error={save.error()} inline />
    </section>
  );
}
