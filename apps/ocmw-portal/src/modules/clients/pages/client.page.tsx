import type { ClientOverview } from '@digipakket/api/contracts';
import {
  Badge,
  DataTable,
  Loaded,
  SelectField,
  TextField,
  usePageTitle,
  usePortal,
  WithdrawForm,
} from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../../portal';
import { cancelCheque, issueCheques } from '../../cheques/cheques.services';
import { fetchDevices, moveDevice } from '../../devices/devices.services';
import { WelcomePackLink } from '../../documents/components/welcome-pack-link.component';
import { BuddyPairingCard } from '../../guidance/components/buddy-pairing.component';
import { DigipuntInfoForm } from '../../guidance/components/digipunt-info.component';
import { PickupAppointment } from '../../guidance/components/pickup-appointment.component';
import { ClientInfoMomentCard } from '../../info-moments/components/client-info-moment.component';
import { PartnerObservations } from '../../observations/components/partner-observations.component';
import { PrivacyCard } from '../../privacy/components/privacy-card.component';
import { errorText, formatDay } from '../../shared/error-text';
import { EnrolForm } from '../../training/components/enrol-form.component';
import { LearnerProgress } from '../../training/components/learner-progress.component';
import { enrol, withdraw } from '../../training/training.services';
import { TrajectoryEndCard } from '../../trajectory/components/trajectory-end.component';
import { fetchOverview } from '../clients.services';
import { ClientStatusBadge } from '../components/client-status-badge.component';

type Overview = ClientOverview;

/** A translation key built from an API code; unknown codes show the code itself rather than nothing. */
function codeText(prefix: string, code: string): string {
  const key = `${prefix}.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? code : text;
}

function Section(props: {
  id: string;
  title: string;
  children: JSX.Element;
  actions?: JSX.Element;
  wide?: boolean;
}) {
  return (
    <section class="card track" classList={{ 'track--wide': Boolean(props.wide) }} aria-labelledby={props.id}>
      <div class="track__header">
        <h2 id={props.id}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

function Facts(props: { items: [string, JSX.Element][] }) {
  return (
    <dl class="facts">
      <For each={props.items}>
        {([term, value]) => (
          <div class="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

/** A one-button action with its own error line, so a refusal shows beside what caused it. */
function useAction(refetch: () => void) {
  const { status } = usePortal();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const run = async (work: () => Promise<unknown>, done: string) => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await work();
      status.announce(done);
      refetch();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function ActionError(props: { error: string | undefined }) {
  return (
    <Show when={props.error}>
      <p class="notice notice--error" role="alert">
        {props.error}
      </p>
    </Show>
  );
}

function IntakeTrack(props: { overview: Overview }) {
  const intake = () => props.overview.intake;
  return (
    <Section
      id="track-intake"
      title={t('client.intake.title')}
      actions={
        <Show when={!props.overview.device}>
          <A
            href={`/clients/${props.overview.client.id}/intake`}
            class="button button--secondary button--compact"
          >
            {intake() ? t('client.intake.continue') : t('client.intake.start')}
          </A>
        </Show>
      }
    >
      <Show when={intake()} fallback={<p>{t('client.intake.none')}</p>}>
        {(current) => (
          <>
            <Facts
              items={[
                [t('client.intake.decision'), t(`intake.decision.${current().decision}` as OcmwKey)],
                [
                  t('client.intake.level'),
                  current().skillLevel ? t(`level.${current().skillLevel}` as OcmwKey) : '—',
                ],
                [
                  t('client.intake.purposes'),
                  current()
                    .purposes.map((purpose) => t(`purpose.${purpose}` as OcmwKey))
                    .join(', ') || '—',
                ],
                [t('client.intake.wave'), current().waveName ?? '—'],
                [
                  t('client.intake.package'),
                  current().package
                    ? [
                        t('package.laptop'),
                        current().package!.cheques > 0
                          ? t('package.cheques', { count: current().package!.cheques })
                          : '',
                        current().package!.basicCourse ? t('package.basicCourse') : '',
                        current().package!.digibuddy ? t('package.digibuddy') : '',
                        current().package!.infoSession ? t('package.infoSession') : '',
                      ]
                        .filter(Boolean)
                        .join(', ')
                    : '—',
                ],
              ]}
            />
            <Show when={current().reasons.length > 0}>
              <p>{t('client.intake.failedRules')}</p>
              <ul>
                <For each={current().reasons}>{(code) => <li>{codeText('reason', code)}</li>}</For>
              </ul>
            </Show>
            <Show when={current().overrideReason}>
              <div class="notice notice--override" role="note">
                <strong>{t('client.intake.override')}</strong> {current().overrideReason}
              </div>
            </Show>
            <Show when={current().packageChangeReason}>
              <p>
                <strong>{t('client.intake.packageChanged')}</strong> {current().packageChangeReason}
              </p>
            </Show>
          </>
        )}
      </Show>
    </Section>
  );
}

function DeviceTrack(props: { overview: Overview; refetch: () => void }) {
  const clientId = () => props.overview.client.id;
  const device = () => props.overview.device;
  const approved = () => props.overview.intake?.decision === 'approved';
  const holds = () => device()?.status === 'reserved' || device()?.status === 'handed_out';
  const [stock] = createResource(
    () => approved() && !holds(),
    () => fetchDevices({ status: 'in_stock', offset: 0, limit: 100 }),
  );
  const [choice, setChoice] = createSignal('');
  const action = useAction(props.refetch);
  const reserve = (event: SubmitEvent) => {
    event.preventDefault();
    const deviceId = choice() || stock()?.items[0]?.id;
    if (!deviceId) return;
    void action.run(
      () => moveDevice({ deviceId, transition: { type: 'reserve', clientId: clientId() } }),
      t('client.device.reserved'),
    );
  };
  return (
    <Section id="track-device" title={t('client.device.title')}>
      <Show
        when={device()}
        fallback={<p>{approved() ? t('client.device.noneYet') : t('client.device.needsApproval')}</p>}
      >
        {(current) => (
          <Facts
            items={[
              [t('client.device.model'), `${current().model} (${current().serial})`],
              [t('client.device.status'), codeText('device.status', current().status)],
              [t('client.device.reservedAt'), formatDay(current().reservedAt) || '—'],
              [t('client.device.handedOutAt'), formatDay(current().handedOutAt) || '—'],
              [
                t('client.device.signature'),
                current().signatureMethod ? t(`signature.${current().signatureMethod!}` as OcmwKey) : '—',
              ],
            ]}
          />
        )}
      </Show>
      <Show when={approved() && !holds()}>
        <form class="inline-form" onSubmit={reserve}>
          <SelectField
            name="reserve-device"
            label={t('client.device.choose')}
            value={choice() || (stock()?.items[0]?.id ?? '')}
            onValue={setChoice}
            options={(stock()?.items ?? []).map((item) => ({
              value: item.id,
              label: `${item.serial} — ${item.model}`,
            }))}
          />
          <button
            type="submit"
            class="button button--primary"
            disabled={action.busy() || !stock()?.items.length}
          >
            {t('client.device.reserve')}
          </button>
        </form>
      </Show>
      <Show when={device()?.status === 'reserved'}>
        <PickupAppointment deviceId={device()!.id} pickupAt={device()!.pickupAt} onBooked={props.refetch} />
        <div class="button-row">
          <A href={`/clients/${clientId()}/handout`} class="button button--primary">
            {t('client.device.handout')}
          </A>
          <button
            type="button"
            class="button button--secondary"
            disabled={action.busy()}
            onClick={() =>
              action.run(
                () => moveDevice({ deviceId: device()!.id, transition: { type: 'cancel_reservation' } }),
                t('client.device.cancelled'),
              )
            }
          >
            {t('client.device.cancelReservation')}
          </button>
        </div>
      </Show>
      <Show when={device()}>
        {(current) => (
          <p class="button-row">
            <A href={`/devices/${current().id}`}>{t('client.device.open')}</A>
            <Show when={current().status === 'handed_out'}>
              <a
                href={`/api/clients/${clientId()}/documents/receipt.pdf?language=${props.overview.client.preferredLanguage}`}
                target="_blank"
                rel="noopener"
              >
                {t('client.device.printReceipt')}
              </a>
            </Show>
          </p>
        )}
      </Show>
      <ActionError error={action.error()} />
    </Section>
  );
}

function ChequesTrack(props: { overview: Overview; refetch: () => void }) {
  const clientId = () => props.overview.client.id;
  const action = useAction(props.refetch);
  const [cancelling, setCancelling] = createSignal<string>();
  const [reason, setReason] = createSignal('');
  const equipped = () => props.overview.device?.status === 'handed_out';
  const open = () =>
    props.overview.cheques.filter((cheque) => cheque.status !== 'cancelled' && cheque.status !== 'expired');
  return (
    <Section id="track-cheques" title={t('client.cheques.title')} wide>
      <Show
        when={props.overview.cheques.length > 0}
        fallback={<p>{equipped() ? t('client.cheques.none') : t('client.cheques.afterHandout')}</p>}
      >
        <DataTable
          caption={t('client.cheques.title')}
          captionHidden
          rows={props.overview.cheques}
          columns={[
            {
              header: t('client.cheques.code'),
              cell: (cheque) => <span class="code">{cheque.code}</span>,
              rowHeader: true,
              class: 'nowrap',
            },
            {
              header: t('client.cheques.purpose'),
              cell: (cheque) => t(`cheque.purpose.${cheque.purpose}` as OcmwKey),
            },
            {
              header: t('client.cheques.status'),
              cell: (cheque) => codeText('cheque.status', cheque.status),
            },
            {
              header: t('client.cheques.validUntil'),
              cell: (cheque) => formatDay(cheque.validUntil),
              class: 'nowrap',
            },
            {
              header: t('client.cheques.visit'),
              cell: (cheque) =>
                cheque.visit
                  ? t('client.cheques.visitText', {
                      date: formatDay(cheque.visit.visitedOn),
                      minutes: cheque.visit.minutes,
                      student: cheque.visit.studentName ?? '—',
                    })
                  : cheque.cancelledReason
                    ? cheque.cancelledReason
                    : cheque.appointmentAt
                      ? t('client.cheques.appointment', { date: formatDay(cheque.appointmentAt, true) })
                      : '—',
            },
            {
              header: t('client.cheques.actions'),
              cell: (cheque) => (
                <Show when={['issued', 'requested', 'scheduled'].includes(cheque.status)}>
                  <button
                    type="button"
                    class="button button--secondary button--compact"
                    onClick={() => setCancelling(cheque.id)}
                  >
                    {t('client.cheques.cancel', { code: cheque.code })}
                  </button>
                </Show>
              ),
            },
          ]}
        />
      </Show>
      <Show when={cancelling()}>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const chequeId = cancelling()!;
            void action.run(async () => {
              await cancelCheque({ chequeId, reason: reason() });
              setCancelling(undefined);
              setReason('');
            }, t('client.cheques.cancelled'));
          }}
        >
          <TextField
            name="cancel-reason"
            label={t('client.cheques.cancelReason')}
            value={reason()}
            onValue={setReason}
          />
          <button
            type="submit"
            class="button button--primary"
            disabled={action.busy() || reason().trim() === ''}
          >
            {t('client.cheques.confirmCancel')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setCancelling(undefined)}>
            {t('client.cheques.keep')}
          </button>
        </form>
      </Show>
      <div class="button-row">
        <Show when={equipped() && open().length === 0}>
          <button
            type="button"
            class="button button--primary"
            disabled={action.busy()}
            onClick={() =>
              action.run(() => issueCheques({ clientId: clientId() }), t('client.cheques.issued'))
            }
          >
            {t('client.cheques.issue')}
          </button>
        </Show>
        <Show when={open().length > 0}>
          <a href={`/api/clients/${clientId()}/documents/cheques.pdf`} target="_blank" rel="noopener">
            {t('client.cheques.print')}
          </a>
        </Show>
      </div>
      <ActionError error={action.error()} />
    </Section>
  );
}

function TrainingTrack(props: { overview: Overview; refetch: () => void }) {
  const action = useAction(props.refetch);
  const active = () =>
    props.overview.training.enrolments.filter((enrolment) => enrolment.status !== 'withdrawn');
  const wanted = () =>
    props.overview.intake?.package?.basicCourse === true && props.overview.intake?.decision === 'approved';
  return (
    <Section id="track-training" title={t('client.training.title')}>
      <Show
        when={props.overview.training.enrolments.length > 0}
        fallback={<p>{wanted() ? t('client.training.none') : t('client.training.notInPackage')}</p>}
      >
        <ul class="plain-list">
          <For each={props.overview.training.enrolments}>
            {(enrolment) => (
              <li>
                <strong>{enrolment.groupName}</strong> — {codeText('enrolment', enrolment.status)}
                <Show when={enrolment.position}>
                  {' '}
                  ({t('client.training.position', { position: enrolment.position ?? 0 })})
                </Show>
                <Show when={enrolment.status !== 'withdrawn'}>
                  <WithdrawForm
                    id={enrolment.id}
                    name={enrolment.groupName}
                    buttonLabel={t('client.training.withdraw')}
                    disabled={action.busy()}
                    onWithdraw={(input) =>
                      action.run(
                        () => withdraw({ enrolmentId: enrolment.id, input }),
                        t('client.training.withdrawn'),
                      )
                    }
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p>{t('client.training.attended', { count: props.overview.training.sessionsAttended })}</p>
        <LearnerProgress clientId={props.overview.client.id} revision={props.overview.training} />
      </Show>
      <Show when={wanted() && active().length === 0}>
        <EnrolForm
          clientLanguage={props.overview.client.preferredLanguage}
          busy={action.busy()}
          onEnrol={({ groupId, confirmLanguageMismatch }) =>
            void action.run(
              () => enrol({ clientId: props.overview.client.id, groupId, confirmLanguageMismatch }),
              t('client.training.enrolled'),
            )
          }
        />
      </Show>
      <ActionError error={action.error()} />
    </Section>
  );
}

/**
 * The client page: the derived status, each track with the next action, the open signals and a
 * timeline of everything that happened, by whom and for which organisation.
 */
export function ClientPage() {
  const params = useParams<{ id: string }>();
  const [overview, { refetch }] = createResource(
    () => params.id,
    (clientId) => fetchOverview({ clientId }),
  );
  usePageTitle(() => {
    const client = overview.latest?.client;
    return client ? `${client.firstName} ${client.lastName}` : t('client.title');
  });

  return (
    <Loaded resource={overview} retry={refetch}>
      {(data) => (
        <>
          <div class="page-header">
            <div>
              <p class="eyebrow">{t('client.fileNumber', { fileNumber: data().client.fileNumber })}</p>
              <h1>
                {data().client.firstName} {data().client.lastName}
              </h1>
            </div>
            <div class="button-row">
              <ClientStatusBadge status={data().status} />
              <A href={`/clients/${data().client.id}/edit`} class="button button--secondary">
                {t('client.edit')}
              </A>
            </div>
          </div>
          <Facts
            items={[
              [t('newClient.birthDate'), formatDay(data().client.birthDate) || '—'],
              [t('newClient.phone'), data().client.phone ?? '—'],
              [t('newClient.preferredLanguage'), i18n.languageName(data().client.preferredLanguage)],
              [
                t('newClient.section.address'),
                [data().client.street, [data().client.postcode, data().client.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ') || '—',
              ],
            ]}
          />
          <Show when={data().pendingTracks.length > 0 && ['equipped', 'in_guidance'].includes(data().status)}>
            <p>
              {t('client.pending')}{' '}
              {data()
                .pendingTracks.map((track) => codeText('track', track))
                .join(', ')}
            </p>
          </Show>

          <section aria-labelledby="signals-title" class="signals">
            <h2 id="signals-title">{t('client.signals.title')}</h2>
            <Show when={data().signals.length > 0} fallback={<p>{t('client.signals.none')}</p>}>
              <ul class="plain-list">
                <For each={data().signals}>
                  {(signal) => (
                    <li>
                      <Badge tone={signal.severity === 'urgent' ? 'danger' : 'warning'}>
                        {codeText('signal.severity', signal.severity)}
                      </Badge>{' '}
                      {codeText('signal', signal.kind)} —{' '}
                      {t('client.signals.due', { date: formatDay(signal.dueAt) })}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>

          <div class="tracks">
            <IntakeTrack overview={data()} />
            <DeviceTrack overview={data()} refetch={refetch} />
            <ChequesTrack overview={data()} refetch={refetch} />
            <TrainingTrack overview={data()} refetch={refetch} />
            <Section id="track-print" title={t('client.print.title')}>
              <WelcomePackLink
                clientId={data().client.id}
                preferredLanguage={data().client.preferredLanguage}
              />
            </Section>
            <Section id="track-guidance" title={t('client.guidance.title')}>
              <Facts
                items={[
                  [
                    t('client.guidance.digipunt'),
                    formatDay(data().guidance.digipuntInfoGivenAt) || t('client.guidance.notYet'),
                  ],
                  [
                    t('client.guidance.infoSession'),
                    formatDay(data().guidance.infoSessionAttendedAt) || t('client.guidance.notYet'),
                  ],
                  [t('client.guidance.buddy'), data().guidance.buddy?.name ?? '—'],
                ]}
              />
              <DigipuntInfoForm
                clientId={data().client.id}
                told={data().guidance.digipuntenTold}
                onRecorded={refetch}
              />
            </Section>
            <BuddyPairingCard clientId={data().client.id} onChanged={refetch} />
            <ClientInfoMomentCard clientId={data().client.id} onChanged={refetch} />
            <TrajectoryEndCard overview={data()} onChanged={refetch} />
            <PrivacyCard clientId={data().client.id} onErased={refetch} />
          </div>

          <PartnerObservations clientId={data().client.id} />

          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('client.timeline.title')}</h2>
            <ol class="timeline">
              <For each={data().timeline}>
                {(entry) => (
                  <li class="timeline__entry">
                    <time datetime={entry.at}>{formatDay(entry.at, true)}</time>
                    <span class="timeline__what">{codeText('timeline', entry.kind)}</span>
                    <Show when={entry.detail}>
                      <span class="timeline__detail">{entry.detail}</span>
                    </Show>
                    <Show when={entry.actorName}>
                      <span class="timeline__who">
                        {t('client.timeline.by', {
                          name: entry.actorName ?? '',
                          organisation: entry.organisationName ?? '',
                        })}
                      </span>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </section>
        </>
      )}
    </Loaded>
  );
}
