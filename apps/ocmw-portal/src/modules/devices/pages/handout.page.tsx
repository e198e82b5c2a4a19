import { createAction, ErrorNotice, Loaded, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createClientOverviewQuery } from '../../clients/clients.queries';
import { Checkbox } from '../../shared/checkbox.component';
import { errorText } from '../../shared/error-text';
import { FormActions } from '../../shared/form-actions.component';
import { SignaturePad } from '../components/signature-pad.component';
import { moveDevice } from '../devices.services';

/**
 * The pickup: print the receipt in the client's language, record the signature (drawn on the screen,
 * or "signed on paper"), and the laptop is handed out.
 */
export function HandoutPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  const [overview, { refetch }] = createClientOverviewQuery(() => params.id);
  const [onPaper, setOnPaper] = createSignal(false);
  const [signature, setSignature] = createSignal<string>();
  const handout = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = handout.busy;
  const error = handout.error;
  const setError = handout.setError;
  usePageTitle(() => t('handout.title'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const device = overview()?.device;
    if (!device || busy()) return;
    if (!onPaper() && !signature()) {
      setError(t('error.deviceSignatureMissing'));
      return;
    }
    await handout.run(async () => {
      await moveDevice({
        deviceId: device.id,
        transition: onPaper()
          ? { type: 'hand_out', signatureMethod: 'paper' }
          : { type: 'hand_out', signatureMethod: 'screen', signaturePng: signature()! },
      });
      status.announce(t('handout.done'));
      navigate(`/clients/${params.id}`);
    });
  };

  return (
    <>
      <h1>{t('handout.title')}</h1>
      <Loaded resource={overview} retry={refetch}>
        {(data) => (
          <Show when={data().device?.status === 'reserved'} fallback={<p>{t('handout.notReserved')}</p>}>
            <p class="lead">
              {t('handout.intro', {
                name: `${data().client.firstName} ${data().client.lastName}`,
                device: `${data().device!.model} (${data().device!.serial})`,
              })}
            </p>
            <p>
              <a
                class="button button--secondary"
                href={`/api/clients/${data().client.id}/documents/receipt.pdf?language=${data().client.preferredLanguage}`}
                target="_blank"
                rel="noopener"
              >
                {t('handout.printReceipt', { language: i18n.languageName(data().client.preferredLanguage) })}
              </a>
            </p>
            <ErrorNotice error={error()} />
            <form class="form" onSubmit={submit}>
              <fieldset>
                <legend>{t('handout.signature')}</legend>
                <Checkbox
                  class="choice"
                  checked={onPaper()}
                  onChecked={setOnPaper}
                  label={t('handout.signedOnPaper')}
                />
                <Show when={!onPaper()}>
                  <p class="field__hint">{t('handout.drawHint')}</p>
                  <SignaturePad label={t('handout.padLabel')} onChange={setSignature} />
                </Show>
              </fieldset>
              <FormActions submit={t('handout.submit')} busy={busy()}>
                <A href={`/clients/${params.id}`}>{t('newClient.cancel')}</A>
              </FormActions>
            </form>
          </Show>
        )}
      </Loaded>
    </>
  );
}
