import { createAction, createFormValues, isApiError, TextField, usePortal } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { Section } from '../../clients/components/track-parts.component';
import { errorText } from '../../shared/error-text';
import { eraseClient, privacyExportUrl } from '../privacy.services';

/**
 * The client's GDPR rights on the client page: the project lead downloads everything held on the
 * client (access request) and erases the personal data once the trajectory ended.
 */
export function PrivacyCard(props: { clientId: string; onErased: () => void }) {
  const { session, status } = usePortal();
  const role = () => session.me()?.user.role;
  const form = createFormValues({ reason: '' }, { prefix: 'erasure-' });
  const reason = () => form.values().reason;
  const erasure = createAction({
    run: (why: string) => eraseClient({ clientId: props.clientId, reason: why }),
    onSuccess: () => {
      status.announce(t('privacy.erase.done'));
      form.reset();
      props.onErased();
    },
    errorText: (caught) =>
      isApiError(caught) && caught.code === 'privacy.trajectory_active'
        ? t('privacy.erase.trajectoryActive')
        : errorText(caught),
  });

  const erase = async (event: SubmitEvent) => {
    event.preventDefault();
    if (erasure.busy()) return;
    if (reason().trim().length < 3) {
      erasure.setError(t('privacy.erase.reasonMissing'));
      return;
    }
    if (!window.confirm(t('privacy.erase.confirm'))) return;
    await erasure.run(reason().trim());
  };

  return (
    <Show when={role() === 'project_lead'}>
      <Section id="track-privacy" title={t('privacy.title')}>
        <p>{t('privacy.export.intro')}</p>
        <a
          class="button button--secondary"
          href={privacyExportUrl({ clientId: props.clientId })}
          download=""
          data-testid="privacy-export"
        >
          {t('privacy.export.button')}
        </a>
        <Show when={role() === 'project_lead'}>
          <form class="stack" onSubmit={erase} noValidate>
            <h3>{t('privacy.erase.title')}</h3>
            <p>{t('privacy.erase.intro')}</p>
            <TextField
              {...form.field('reason')}
              label={t('privacy.erase.reason')}
              hint={t('privacy.erase.reasonHint')}
              maxLength={500}
              error={erasure.error()}
            />
            <button type="submit" class="button button--secondary" disabled={erasure.busy()}>
              {t('privacy.erase.button')}
            </button>
          </form>
        </Show>
      </Section>
    </Show>
  );
}
