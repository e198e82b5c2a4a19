import type { ClientOverview } from '@digipakket/api/contracts';
import { TRAJECTORY_END_REASONS, type TrajectoryEndReason } from '@digipakket/domain';
import {
  createAction,
  createFormValues,
  type ErrorCodeMap,
  RadioGroup,
  SelectField,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { Section } from '../../clients/components/track-parts.component';
import { refusalTextOf } from '../../shared/error-text';
import { completeTrajectory, endTrajectory, reopenTrajectory } from '../trajectory.services';

const MODES = ['complete', 'end'] as const;
type Mode = (typeof MODES)[number];

const ERROR_KEYS: ErrorCodeMap<OcmwKey> = {
  'trajectory.tracks_open': 'trajectory.error.tracksOpen',
  'trajectory.not_equipped': 'trajectory.error.notEquipped',
  'trajectory.already_closed': 'trajectory.error.changed',
  'trajectory.not_closed': 'trajectory.error.changed',
  'trajectory.rejected': 'trajectory.error.rejected',
  'trajectory.no_intake': 'trajectory.error.noIntake',
};

const refusalText = refusalTextOf(ERROR_KEYS);

/** Whether the trajectory is completed or ended early. */
function ClosureModeChoice(props: { mode: Mode; onMode: (mode: Mode) => void }) {
  return (
    <RadioGroup
      class="stack"
      legend={t('trajectory.mode.legend')}
      name="trajectory-mode"
      options={MODES}
      label={(mode) => t(`trajectory.mode.${mode}`)}
      value={props.mode}
      onValue={props.onMode}
    />
  );
}

/**
 * "Traject afronden / stopzetten / heropenen" on the client page: complete the trajectory (a summary
 * while a part of the package is open), end it early with a reason from the list and a note, or
 * reopen a closed one with a reason. The status itself is derived by the API from what is recorded.
 */
export function TrajectoryEndCard(props: { overview: ClientOverview; onChanged: () => void }) {
  const { status } = usePortal();
  const [mode, setMode] = createSignal<Mode>('complete');
  const form = createFormValues(
    { summary: '', 'end-reason': '', 'end-note': '', 'reopen-reason': '' },
    { prefix: 'trajectory-' },
  );
  const value = (key: keyof ReturnType<typeof form.values>) => form.values()[key].trim();

  const closed = () => props.overview.closureReason !== null;
  const open = () => props.overview.status !== 'rejected' && !closed();
  const clientId = () => props.overview.client.id;

  const action = createAction({
    run: (work: () => Promise<unknown>, _done: OcmwKey) => work(),
    onSuccess: (_result, _work, done) => {
      status.announce(t(done));
      form.reset();
      props.onChanged();
    },
    errorText: refusalText,
  });
  const busy = action.busy;
  const error = action.error;
  const setError = action.setError;

  const run = (event: SubmitEvent, work: () => Promise<unknown>, done: OcmwKey) => {
    event.preventDefault();
    return action.run(work, done);
  };

  const submitClosure = (event: SubmitEvent) => {
    if (mode() === 'end') {
      const picked = value('end-reason') as TrajectoryEndReason | '';
      const note = value('end-note');
      if (!picked || note === '') {
        event.preventDefault();
        setError(t('trajectory.end.missing'));
        return;
      }
      return run(
        event,
        () => endTrajectory({ clientId: clientId(), body: { reason: picked, note } }),
        'trajectory.end.done',
      );
    }
    const text = value('summary');
    return run(
      event,
      () => completeTrajectory({ clientId: clientId(), body: text ? { summary: text } : {} }),
      'trajectory.complete.done',
    );
  };

  const submitReopen = (event: SubmitEvent) => {
    const reason = value('reopen-reason');
    if (reason === '') {
      event.preventDefault();
      setError(t('trajectory.reopen.missing'));
      return;
    }
    return run(
      event,
      () => reopenTrajectory({ clientId: clientId(), body: { reason } }),
      'trajectory.reopen.done',
    );
  };

  return (
    <Show when={props.overview.intake}>
      <Section id="track-trajectory-end" title={t('trajectory.title')} anchor="trajectory-end">
        <Switch>
          <Match when={closed()}>
            <p>{t('trajectory.closedIntro', { note: props.overview.closureReason || '—' })}</p>
            <form class="stack" onSubmit={submitReopen} noValidate>
              <TextField
                {...form.field('reopen-reason')}
                label={t('trajectory.reopen.reason')}
                maxLength={2000}
                error={error()}
              />
              <button type="submit" class="button button--secondary" disabled={busy()}>
                {t('trajectory.reopen.button')}
              </button>
            </form>
          </Match>
          <Match when={open()}>
            <form class="stack" onSubmit={submitClosure} noValidate>
              <ClosureModeChoice mode={mode()} onMode={setMode} />
              <Show
                when={mode() === 'end'}
                fallback={
                  <TextField
                    {...form.field('summary')}
                    label={t('trajectory.complete.summary')}
                    hint={t('trajectory.complete.summaryHint')}
                    maxLength={2000}
                    optional
                    error={error()}
                  />
                }
              >
                <SelectField
                  {...form.field('end-reason')}
                  label={t('trajectory.end.reason')}
                  placeholder={t('trajectory.end.reasonPick')}
                  options={TRAJECTORY_END_REASONS.map((code) => ({
                    value: code,
                    label: t(`trajectory.reason.${code}` as OcmwKey),
                  }))}
                />
                <TextField
                  {...form.field('end-note')}
                  label={t('trajectory.end.note')}
                  maxLength={2000}
                  error={error()}
                />
              </Show>
              <button type="submit" class="button" disabled={busy()}>
                {mode() === 'end' ? t('trajectory.end.button') : t('trajectory.complete.button')}
              </button>
            </form>
          </Match>
        </Switch>
      </Section>
    </Show>
  );
}
