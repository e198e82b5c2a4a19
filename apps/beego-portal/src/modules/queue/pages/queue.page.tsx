import type { QueueItem, Student, VisitClashView, VisitQueue } from '@digipakket/api/contracts';
import {
  CardList,
  createAction,
  ErrorNotice,
  errorMessageKey,
  isApiError,
  ListOrEmpty,
  Loaded,
  PartnerMessages,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { useSearchParams } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { VisitBadges } from '../../visits/components/visit-badges.component';
import { telHref } from '../../visits/visits.grouping';
import { createQueueQuery, createStudentsQuery } from '../queue.queries';
import {
  assignVisit,
  defaultAppointmentInput,
  fetchVisitMessages,
  localInputToIso,
  markNoShow,
} from '../queue.services';

type Planned = VisitQueue['scheduled'][number];

/** An appointment's moment on a card: the weekday, day and month, and the clock time. */
const APPOINTMENT_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

/** The client's phone as a link that calls, or "not known". */
function PhoneFact(props: { phone: string | null; clientName: string }) {
  return (
    <>
      <dt>{t('visits.phone')}</dt>
      <dd>
        <Show when={props.phone} fallback={t('visits.notKnown')}>
          {(phone) => (
            <a href={telHref(phone())}>
              {phone()}
              <span class="visually-hidden"> {t('queue.callClient', { name: props.clientName })}</span>
            </a>
          )}
        </Show>
      </dd>
    </>
  );
}

/** One of the queue's filters: a labelled choice whose empty option shows every cheque. */
function FilterSelect(props: {
  id: string;
  label: string;
  value: string | undefined;
  onValue: (value: string) => void;
  children: JSX.Element;
}) {
  return (
    <>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class="input"
        value={props.value ?? ''}
        onChange={(event) => props.onValue(event.currentTarget.value)}
      >
        <option value="">{t('queue.all')}</option>
        {props.children}
      </select>
    </>
  );
}

function PlanForm(props: {
  id: string;
  students: Student[];
  label: string;
  reschedule: boolean;
  chequeId: string;
  clientName: string;
  initialStudent?: string | null;
  onDone: (message: string) => void;
}) {
  const { status } = usePortal();
  // The students arrive after the form is drawn: until someone picks one, the form sends the student
  // the dropdown shows, never an empty choice.
  const activeStudents = () => props.students.filter((student) => student.active);
  const [picked, setPicked] = createSignal<string>();
  const studentId = () => {
    const choice = picked() ?? props.initialStudent;
    const active = activeStudents();
    return active.some((student) => student.id === choice) ? choice! : (active[0]?.id ?? '');
  };
  const [when, setWhen] = createSignal(defaultAppointmentInput(new Date()));
  const [clashes, setClashes] = createSignal<VisitClashView[]>([]);
  const [whenInPast, setWhenInPast] = createSignal(false);
  const studentName = () => props.students.find((student) => student.id === studentId())?.displayName ?? '';
  const planning = createAction({
    run: ({ confirmClash }: { confirmClash: boolean }) =>
      assignVisit({
        chequeId: props.chequeId,
        reschedule: props.reschedule,
        body: {
          studentId: studentId(),
          appointmentAt: localInputToIso(when()),
          ...(confirmClash ? { confirmClash: true } : {}),
        },
      }),
    onSuccess: () => {
      setClashes([]);
      const message = t(props.reschedule ? 'queue.rescheduled' : 'queue.assigned', {
        name: props.clientName,
      });
      status.announce(message, 'success');
      props.onDone(message);
    },
    onError: (caught) => {
      if (isApiError(caught) && caught.code === 'visit.clash') {
        // Not a refusal: the coordinator decides, with the other visits in view.
        setClashes((caught.details?.clashes as VisitClashView[] | undefined) ?? []);
        queueMicrotask(() => document.getElementById(`${props.id}-clash`)?.focus());
      } else if (isApiError(caught) && caught.code === 'cheque.schedule_in_past') {
        // Said beside the one field it is about, which is marked.
        setWhenInPast(true);
        planning.setError(t('queue.error.scheduleInPast'));
        queueMicrotask(() => document.getElementById(`${props.id}-when`)?.focus());
      } else {
        planning.setError(t(errorMessageKey(caught)));
      }
    },
  });
  const plan = planning.run;
  const busy = planning.busy;
  const error = planning.error;
  const submit = (event: Event) => {
    event.preventDefault();
    void plan({ confirmClash: false });
  };
  return (
    <form class="plan-form" onSubmit={submit} aria-label={`${props.label}: ${props.clientName}`}>
      <Show when={error()}>
        <p class="field__error" role="alert" id={`${props.id}-error`}>
          {error()}
        </p>
      </Show>
      <Show when={clashes().length > 0}>
        <div class="notice notice--warning" id={`${props.id}-clash`} tabindex="-1" role="alert">
          <p>
            <strong>{t('queue.clash.title', { student: studentName() })}</strong>
          </p>
          <ul>
            <For each={clashes()}>
              {(clash) => (
                <li>
                  {t(clash.kind === 'overlap' ? 'queue.clash.overlap' : 'queue.clash.travel', {
                    name: clash.clientName,
                    time: i18n.formatDate(new Date(clash.appointmentAt), APPOINTMENT_TIME),
                    gap: Math.max(0, clash.gapMinutes),
                    needed: clash.neededMinutes,
                  })}
                </li>
              )}
            </For>
          </ul>
          <div class="card__actions">
            <button
              type="button"
              class="button button--primary"
              aria-disabled={busy() ? 'true' : undefined}
              onClick={() => void plan({ confirmClash: true })}
            >
              {t('queue.clash.confirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setClashes([])}>
              {t('queue.clash.change')}
            </button>
          </div>
        </div>
      </Show>
      <div class="plan-form__fields">
        <label class="field__label" for={`${props.id}-student`}>
          {t('queue.student')}
        </label>
        <select
          id={`${props.id}-student`}
          class="input"
          value={studentId()}
          onChange={(event) => {
            setPicked(event.currentTarget.value);
            setClashes([]);
          }}
        >
          <For each={activeStudents()}>
            {(student) => (
              <option value={student.id} selected={student.id === studentId()}>
                {student.displayName}
              </option>
            )}
          </For>
        </select>
        <label class="field__label" for={`${props.id}-when`}>
          {t('queue.when')}
        </label>
        <input
          id={`${props.id}-when`}
          type="datetime-local"
          class="input"
          value={when()}
          aria-invalid={whenInPast() ? 'true' : undefined}
          aria-describedby={whenInPast() ? `${props.id}-error` : undefined}
          onInput={(event) => {
            setWhen(event.currentTarget.value);
            setWhenInPast(false);
            setClashes([]);
          }}
        />
      </div>
      <button type="submit" class="button button--primary" aria-disabled={busy() ? 'true' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

/** What the queue hands every card: the students to plan with, and what to do once it changed something. */
interface CardContext {
  students: Student[];
  onChange: () => void;
}

/** A part of the queue under a heading that counts its cards. */
function CountedSection(props: { id: string; title: string; count: number; children: JSX.Element }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} <span class="visit-group__count">({props.count})</span>
      </h2>
      {props.children}
    </section>
  );
}

function QueueCard(props: CardContext & { item: QueueItem }) {
  return (
    <li class="card">
      <h3 class="card__title">{props.item.clientName}</h3>
      <p class="card__meta">
        {props.item.tenantName} ·{' '}
        {plural(props.item.daysWaiting, { one: 'queue.waited.one', other: 'queue.waited.other' })}
      </p>
      <VisitBadges purpose={props.item.purpose} needsInterpreter={props.item.needsInterpreter} />
      <dl class="card__facts">
        <dt>{t('queue.neighbourhood')}</dt>
        <dd>{props.item.neighbourhood ?? t('visits.notKnown')}</dd>
        <PhoneFact phone={props.item.phone} clientName={props.item.clientName} />
        <dt>{t('visits.language')}</dt>
        <dd>{i18n.languageName(props.item.language)}</dd>
        <dt>{t('queue.validUntil')}</dt>
        <dd>{i18n.formatDate(new Date(`${props.item.validUntil}T12:00:00`), { dateStyle: 'medium' })}</dd>
      </dl>
      <PlanForm
        id={`plan-${props.item.chequeId}`}
        students={props.students}
        label={t('queue.assign')}
        reschedule={false}
        chequeId={props.item.chequeId}
        clientName={props.item.clientName}
        onDone={props.onChange}
      />
    </li>
  );
}

function PlannedCard(props: CardContext & { visit: Planned }) {
  const { status } = usePortal();
  const [moving, setMoving] = createSignal(false);
  const noShow = createAction({
    run: () => markNoShow({ chequeId: props.visit.chequeId }),
    onSuccess: () => {
      status.announce(t('queue.noShowDone', { name: props.visit.clientName }), 'success');
      props.onChange();
    },
    errorText: (caught) => t(errorMessageKey(caught)),
  });
  return (
    <li class="card">
      <h3 class="card__title">{props.visit.clientName}</h3>
      <p class="card__meta">
        <time datetime={props.visit.appointmentAt}>
          {i18n.formatDate(new Date(props.visit.appointmentAt), APPOINTMENT_TIME)}
        </time>{' '}
        · {props.visit.studentName}
      </p>
      <dl class="card__facts">
        <PhoneFact phone={props.visit.phone} clientName={props.visit.clientName} />
      </dl>
      <ErrorNotice error={noShow.error()} inline />
      <div class="card__actions">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => setMoving(!moving())}
          aria-expanded={moving()}
        >
          {t('queue.reschedule')}
          <span class="visually-hidden"> {props.visit.clientName}</span>
        </button>
        <button type="button" class="button button--secondary" onClick={() => void noShow.run()}>
          {t('queue.noShow')}
          <span class="visually-hidden"> {props.visit.clientName}</span>
        </button>
      </div>
      <PartnerMessages load={() => fetchVisitMessages({ chequeId: props.visit.chequeId })} />
      <Show when={moving()}>
        <PlanForm
          id={`move-${props.visit.chequeId}`}
          students={props.students}
          label={t('queue.rescheduleSave')}
          reschedule
          chequeId={props.visit.chequeId}
          clientName={props.visit.clientName}
          initialStudent={props.visit.studentId}
          onDone={() => {
            setMoving(false);
            props.onChange();
          }}
        />
      </Show>
    </li>
  );
}

/** The coordinator's queue: cheques waiting for a visit across every welfare centre, oldest first. */
export function QueuePage() {
  usePageTitle(() => t('queue.title'));
  // A follow-up signal links here with `?cheque=<id>` to show just the cheque to act on.
  const [searchParams, setSearchParams] = useSearchParams<{ cheque?: string }>();
  const [filters, setFilters] = createSignal<{
    tenantId?: string;
    language?: string;
    purpose?: 'installation' | 'free';
    neighbourhood?: string;
  }>({});
  const query = () => ({ ...filters(), ...(searchParams.cheque ? { chequeId: searchParams.cheque } : {}) });
  const [queue, { refetch }] = createQueueQuery(query);
  const [students] = createStudentsQuery();
  const cards: CardContext = {
    get students() {
      return students()?.items ?? [];
    },
    onChange: () => void refetch(),
  };
  const setFilter = (name: 'tenantId' | 'language' | 'purpose' | 'neighbourhood', value: string) =>
    setFilters((current) => ({ ...current, [name]: value || undefined }));
  /** A filter's value and how to change it, for its FilterSelect. */
  const filter = (name: 'tenantId' | 'purpose' | 'neighbourhood') => ({
    get value() {
      return filters()[name];
    },
    onValue: (value: string) => setFilter(name, value),
  });
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p class="lead">{t('queue.intro')}</p>
      <Loaded resource={queue} retry={refetch}>
        {(loaded) => (
          <>
            <details class="filters-box">
              <summary>{t('queue.filters')}</summary>
              <form
                class="filters"
                aria-label={t('queue.filters')}
                onSubmit={(event) => event.preventDefault()}
              >
                <FilterSelect id="filter-tenant" label={t('queue.tenant')} {...filter('tenantId')}>
                  <For each={loaded().tenants}>
                    {(tenant) => <option value={tenant.id}>{tenant.name}</option>}
                  </For>
                </FilterSelect>
                <FilterSelect id="filter-purpose" label={t('visits.purpose')} {...filter('purpose')}>
                  <option value="installation">{t('purpose.installation')}</option>
                  <option value="free">{t('purpose.free')}</option>
                </FilterSelect>
                <label class="field__label" for="filter-language">
                  {t('visits.language')}
                </label>
                <input
                  id="filter-language"
                  class="input"
                  value={filters().language ?? ''}
                  maxLength={10}
                  placeholder="nl, ar, uk…"
                  onChange={(event) => setFilter('language', event.currentTarget.value.trim().toLowerCase())}
                />
                <FilterSelect
                  id="filter-neighbourhood"
                  label={t('queue.neighbourhood')}
                  {...filter('neighbourhood')}
                >
                  <For each={loaded().neighbourhoods}>
                    {(neighbourhood) => <option value={neighbourhood}>{neighbourhood}</option>}
                  </For>
                </FilterSelect>
              </form>
            </details>
            <Show when={searchParams.cheque}>
              <p class="notice" role="status">
                {t('queue.onlyCheque')}{' '}
                <button
                  type="button"
                  class="button button--secondary button--compact"
                  onClick={() => setSearchParams({ cheque: undefined })}
                >
                  {t('queue.showAll')}
                </button>
              </p>
            </Show>
            <CountedSection id="waiting-title" title={t('queue.waiting')} count={loaded().items.length}>
              <ListOrEmpty
                count={loaded().items.length}
                emptyTitle={t('queue.empty.title')}
                emptyText={t('queue.empty.text')}
              >
                <CardList each={loaded().items}>{(item) => <QueueCard item={item} {...cards} />}</CardList>
              </ListOrEmpty>
            </CountedSection>
            <CountedSection id="planned-title" title={t('queue.planned')} count={loaded().scheduled.length}>
              <CardList each={loaded().scheduled}>
                {(visit) => <PlannedCard visit={visit} {...cards} />}
              </CardList>
            </CountedSection>
          </>
        )}
      </Loaded>
    </>
  );
}
