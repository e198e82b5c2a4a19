import {
  createAction,
  createFormValues,
  isApiError,
  TextAreaField,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { FormActions } from '../../shared/form-actions.component';
import { receiveBatch } from '../devices.services';

type Problem = { row: number; serial: string; reason: string; firstRow?: number };

/** Receives a purchase batch: serial numbers pasted one per line; all or nothing. */
export function ReceiveBatchPage() {
  const { status } = usePortal();
  const navigate = useNavigate();
  const form = createFormValues({ model: '', funding: '', serials: '' });
  const [problems, setProblems] = createSignal<Problem[]>([]);
  const receiving = createAction({
    run: receiveBatch,
    onSuccess: (result) => {
      status.announce(t('receive.done', { count: result.received }));
      navigate('/devices');
    },
    onError: (caught) => {
      receiving.setError(errorText(caught));
      if (isApiError(caught) && Array.isArray(caught.details?.rows))
        setProblems(caught.details.rows as Problem[]);
    },
  });
  const busy = receiving.busy;
  const error = receiving.error;
  const setError = receiving.setError;
  usePageTitle(() => t('receive.title'));

  const lines = () => form.values().serials.split(/\r?\n/);
  const count = () => lines().filter((line) => line.trim() !== '').length;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setError(undefined);
    setProblems([]);
    const values = form.values();
    if (values.model.trim() === '') {
      setError(t('receive.modelMissing'));
      return;
    }
    await receiving.run({
      batch: {
        model: values.model.trim(),
        serials: values.serials,
        ...(values.funding.trim() ? { funding: values.funding.trim() } : {}),
      },
    });
  };

  return (
    <>
      <h1>{t('receive.title')}</h1>
      <p class="lead">{t('receive.intro')}</p>
      <Show when={error()}>
        <div class="notice notice--error" role="alert">
          <p>{error()}</p>
          <Show when={problems().length > 0}>
            <ul>
              <For each={problems()}>
                {(problem) => (
                  <li>
                    {t(`receive.problem.${problem.reason}` as OcmwKey, {
                      row: problem.row,
                      serial: problem.serial,
                      firstRow: problem.firstRow ?? '',
                    })}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </Show>
      <form class="form" onSubmit={submit} novalidate>
        <TextField {...form.field('model')} label={t('receive.model')} maxLength={100} />
        <TextField {...form.field('funding')} label={t('receive.funding')} optional maxLength={200} />
        <TextAreaField
          {...form.field('serials')}
          label={t('receive.serials')}
          hint={t('receive.serialsHint')}
          required={false}
          class="serials"
          rows={10}
        >
          <p class="result-count" role="status">
            {t('receive.count', { count: count() })}
          </p>
        </TextAreaField>
        <FormActions submit={t('receive.submit')} busy={busy()}>
          <A href="/devices">{t('newClient.cancel')}</A>
        </FormActions>
      </form>
    </>
  );
}
