import { createAction, Loaded, TextField, usePortal } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { createRetentionQuery } from '../privacy.queries';
import { saveRetention } from '../privacy.services';

/** The admin's retention period: how long clients' data is kept after their trajectory ended. */
export function RetentionSection() {
  const { status } = usePortal();
  const [loaded, { mutate, refetch }] = createRetentionQuery();
  const [draft, setDraft] = createSignal<string>();
  const value = () => draft() ?? String(loaded.latest?.retentionMonths ?? '');
  const saving = createAction({
    run: saveRetention,
    onSuccess: (saved) => {
      mutate(saved);
      setDraft(undefined);
      status.announce(t('privacy.retention.saved'));
    },
    errorText,
  });

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const limits = loaded.latest?.limits;
    const months = Number(value());
    if (!limits || !Number.isInteger(months) || months < limits.min || months > limits.max) {
      saving.setError(t('privacy.retention.outOfRange', { min: limits?.min ?? 12, max: limits?.max ?? 120 }));
      return;
    }
    void saving.run({ retentionMonths: months });
  };

  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">{t('privacy.retention.title')}</h2>
      <Loaded resource={loaded} retry={refetch}>
        {(data) => (
          <form class="card stack" onSubmit={save} noValidate>
            <p>{t('privacy.retention.intro', { default: data().limits.default })}</p>
            <TextField
              name="retention-months"
              label={t('privacy.retention.label')}
              hint={t('privacy.retention.hint', { min: data().limits.min, max: data().limits.max })}
              inputMode="numeric"
              width="short"
              value={value()}
              onValue={setDraft}
              error={saving.error()}
            />
            <button type="submit" class="button button--primary">
              {t('privacy.retention.save')}
            </button>
          </form>
        )}
      </Loaded>
    </section>
  );
}
