import type { ProgrammePartner, ProgrammeSummary } from '@digipakket/api/contracts';
import {
  createAction,
  createFormValues,
  ErrorNotice,
  Loaded,
  SelectField,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, type Resource, Show } from 'solid-js';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { FormActions } from '../../shared/form-actions.component';
import { createPartnersQuery } from '../admin.queries';
import { startProgramme } from '../admin.services';

/** The partners of one kind as select options, after "Geen" (the programme does without). */
function partnerOptions(partners: readonly ProgrammePartner[], kind: ProgrammePartner['kind']) {
  return [
    { value: '', label: t('admin.programme.noPartner') },
    ...partners
      .filter((partner) => partner.kind === kind)
      .map((partner) => ({ value: partner.id, label: partner.name })),
  ];
}

function ProgrammeFacts(props: { programme: ProgrammeSummary }) {
  return (
    <>
      <p>{t('admin.programme.current')}</p>
      <dl class="programme-facts">
        <dt>{t('admin.programme.name')}</dt>
        <dd>{props.programme.name}</dd>
        <dt>{t('admin.programme.homeHelp')}</dt>
        <dd>{props.programme.homeHelpPartner?.name ?? t('admin.programme.noPartner')}</dd>
        <dt>{t('admin.programme.training')}</dt>
        <dd>{props.programme.trainingPartner?.name ?? t('admin.programme.noPartner')}</dd>
      </dl>
    </>
  );
}

/** The admin's form to start the welfare centre's programme with the partners that work for it. */
function StartProgrammeForm(props: { onStarted: () => void }) {
  const { status } = usePortal();
  const [partners] = createPartnersQuery();
  const form = createFormValues({ name: '', 'home-help': '', training: '' }, { prefix: 'programme-' });
  const [nameError, setNameError] = createSignal<string>();
  const start = createAction({
    run: startProgramme,
    onSuccess: () => {
      status.announce(t('admin.programme.started'));
      props.onStarted();
    },
    errorText,
  });
  let nameInput: HTMLInputElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    start.setError(undefined);
    const { name, 'home-help': homeHelp, training } = form.values();
    if (name.trim() === '') {
      setNameError(t('admin.programme.nameMissing'));
      nameInput?.focus();
      return;
    }
    setNameError(undefined);
    void start.run({
      programme: {
        name: name.trim(),
        ...(homeHelp ? { homeHelpOrgId: homeHelp } : {}),
        ...(training ? { trainingOrgId: training } : {}),
      },
    });
  };

  return (
    <form class="form" aria-labelledby="programme-title" onSubmit={submit} novalidate>
      <TextField
        {...form.field('name')}
        label={t('admin.programme.name')}
        maxLength={120}
        error={nameError()}
        ref={(element) => {
          nameInput = element;
        }}
      />
      <SelectField
        {...form.field('home-help')}
        label={t('admin.programme.homeHelp')}
        hint={t('admin.programme.partnersHint')}
        required={false}
        options={partnerOptions(partners.latest?.items ?? [], 'home_help')}
      />
      <SelectField
        {...form.field('training')}
        label={t('admin.programme.training')}
        required={false}
        options={partnerOptions(partners.latest?.items ?? [], 'training')}
      />
      <ErrorNotice error={start.error()} />
      <FormActions submit={t('admin.programme.start')} busy={start.busy()} />
    </form>
  );
}

/**
 * The welfare centre's programme: its name and partners once it runs; before that, the admin starts
 * it here (a deployment without demo data has none), and the project lead reads who does.
 */
export function ProgrammeSection(props: {
  current: Resource<{ programme: ProgrammeSummary | undefined }>;
  retry: () => void;
  onStarted: () => void;
}) {
  const { session } = usePortal();
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{t('admin.programme.title')}</h2>
      <Loaded resource={props.current} retry={props.retry}>
        {(data) => (
          <Show
            when={data().programme}
            fallback={
              <>
                <p>{t('admin.programme.none')}</p>
                <Show
                  when={session.me()?.user.role === 'admin'}
                  fallback={<p>{t('admin.programme.adminStarts')}</p>}
                >
                  <StartProgrammeForm onStarted={props.onStarted} />
                </Show>
              </>
            }
          >
            {(programme) => <ProgrammeFacts programme={programme()} />}
          </Show>
        )}
      </Loaded>
    </section>
  );
}
