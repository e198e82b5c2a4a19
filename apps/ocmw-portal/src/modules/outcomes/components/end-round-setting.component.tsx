import { OUTCOME_END_ROUND_TAKERS, type OutcomeEndRoundTaker } from '@digipakket/domain';
import { createAction, ErrorNotice, Loaded, RadioGroup, usePortal } from '@digipakket/portal-kit';
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
          <RadioGroup
            legend={t('outcomes.settings.endRound')}
            name="end-round-taker"
            options={OUTCOME_END_ROUND_TAKERS}
            label={(taker) => t(`outcomes.settings.taker.${taker}` as OcmwKey)}
            value={current().endRoundTakenBy}
            onValue={(taker) => void save.run(taker)}
            disabled={save.busy()}
          />
        )}
      </Loaded>
      <ErrorNotice error={save.error()} inline />
    </section>
  );
}
