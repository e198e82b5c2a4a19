import type { GroupDetail, GroupSession, RosterLearner, WithdrawInput } from '@digipakket/api/contracts';
import {
  Badge,
  EmptyState,
  Loaded,
  usePageTitle,
  WithdrawForm,
  withdrawalReasonKey,
} from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { i18n, portal, t } from '../../../portal';
import { SKILL_KEYS } from '../../attendance/pages/attendance.page';
import { sessionDay } from '../../sessions/sessions.format';
import { ligoErrorKey } from '../../training/training.errors';
import {
  decideReferral,
  fetchGroup,
  fetchLocations,
  generateSessions,
  updateSession,
  withdrawEnrolment,
} from '../../training/training.services';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
// 2024-01-01 was a Monday: weekday n is 2024-01-0n.
const weekdayName = (day: number) =>
  i18n.formatDate(new Date(Date.UTC(2024, 0, day)), { weekday: 'long', timeZone: 'UTC' });
const longDay = (date: string) =>
  i18n.formatDate(sessionDay(date), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function announceError(error: unknown) {
  portal.status.announce(t(ligoErrorKey(error)), 'error');
}

function PlanSessions(props: { groupId: string; count: number; onDone: () => void }) {
  const [startDate, setStartDate] = createSignal('');
  const [days, setDays] = createSignal<number[]>([]);
  const [start, setStart] = createSignal('09:00');
  const [end, setEnd] = createSignal('12:00');
  const [problem, setProblem] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!startDate() || days().length === 0 || end() <= start()) {
      setProblem(t('group.plan.incomplete'));
      return;
    }
    setProblem('');
    try {
      await generateSessions({
        groupId: props.groupId,
        pattern: { startDate: startDate(), weekdays: days(), startTime: start(), endTime: end() },
      });
      portal.status.announce(t('group.plan.done', { count: props.count }));
      props.onDone();
    } catch (error) {
      setProblem(t(ligoErrorKey(error)));
    }
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h3 id="plan-title">{t('group.plan.title', { count: props.count })}</h3>
      <Show when={problem()}>
        <p class="notice notice--error" role="alert">
          {problem()}
        </p>
      </Show>
      <div class="form__row">
        <div class="field">
          <label class="field__label" for="plan-start-date">
            {t('group.plan.startDate')}
          </label>
          <input
            id="plan-start-date"
            class="input input--medium"
            type="date"
            value={startDate()}
            onInput={(e) => setStartDate(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field__label" for="plan-start">
            {t('group.plan.start')}
          </label>
          <input
            id="plan-start"
            class="input input--short"
            type="time"
            value={start()}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field__label" for="plan-end">
            {t('group.plan.end')}
          </label>
          <input
            id="plan-end"
            class="input input--short"
            type="time"
            value={end()}
            onInput={(e) => setEnd(e.currentTarget.value)}
          />
        </div>
      </div>
      <fieldset class="field choice-grid">
        <legend class="field__label">{t('group.plan.weekdays')}</legend>
        <For each={[...WEEKDAYS]}>
          {(day) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={days().includes(day)}
                onChange={(e) =>
                  setDays(e.currentTarget.checked ? [...days(), day] : days().filter((d) => d !== day))
                }
              />
              <span>{weekdayName(day)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          {t('group.plan.submit')}
        </button>
      </div>
    </form>
  );
}

function SessionRow(props: { session: GroupSession; onChanged: () => void }) {
  const [editing, setEditing] = createSignal(false);
  const [date, setDate] = createSignal(props.session.date);
  const [start, setStart] = createSignal(props.session.startTime);
  const [end, setEnd] = createSignal(props.session.endTime);
  const [locationId, setLocationId] = createSignal(props.session.locationId ?? '');
  const [locations] = createResource(editing, () => fetchLocations());
  const change = async (patch: Parameters<typeof updateSession>[0]['patch']) => {
    try {
      await updateSession({ sessionId: props.session.id, patch });
      setEditing(false);
      portal.status.announce(t('group.session.changed'));
      props.onChanged();
    } catch (error) {
      announceError(error);
    }
  };
  const id = props.session.id;
  return (
    <li class="session-row">
      <div>
        <strong>{longDay(props.session.date)}</strong>{' '}
        {t('sessions.time', { start: props.session.startTime, end: props.session.endTime })}
        <Show when={props.session.locationName}>{(name) => <> · {name()}</>}</Show>
        <Show when={props.session.cancelled}>
          {' '}
          <Badge tone="danger">{t('group.session.cancelled')}</Badge>
        </Show>
      </div>
      <div class="session-row__actions">
        <A class="button button--secondary" href={`/sessions/${id}`}>
          {t('group.session.attendance')}
        </A>
        <button
          type="button"
          class="button button--secondary"
          aria-expanded={editing()}
          onClick={() => setEditing(!editing())}
        >
          {t('group.session.move')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => change({ cancelled: !props.session.cancelled })}
        >
          {props.session.cancelled ? t('group.session.restore') : t('group.session.cancel')}
        </button>
      </div>
      <Show when={editing()}>
        <form
          class="form__row"
          onSubmit={(event) => {
            event.preventDefault();
            change({ date: date(), startTime: start(), endTime: end(), locationId: locationId() || null });
          }}
        >
          <div class="field">
            <label class="field__label" for={`date-${id}`}>
              {t('group.session.date')}
            </label>
            <input
              id={`date-${id}`}
              class="input input--medium"
              type="date"
              value={date()}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field__label" for={`start-${id}`}>
              {t('group.plan.start')}
            </label>
            <input
              id={`start-${id}`}
              class="input input--short"
              type="time"
              value={start()}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field__label" for={`end-${id}`}>
              {t('group.plan.end')}
            </label>
            <input
              id={`end-${id}`}
              class="input input--short"
              type="time"
              value={end()}
              onInput={(e) => setEnd(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field__label" for={`location-${id}`}>
              {t('group.session.location')}
            </label>
            <select
              id={`location-${id}`}
              class="input input--medium"
              value={locationId()}
              onChange={(e) => setLocationId(e.currentTarget.value)}
            >
              <option value="">{t('group.session.groupLocation')}</option>
              <For each={locations()?.items ?? []}>
                {(location) => (
                  <option value={location.id} selected={location.id === locationId()}>
                    {location.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <button type="submit" class="button button--primary">
            {t('group.session.save')}
          </button>
        </form>
      </Show>
    </li>
  );
}

function ReferralForm(props: { learner: RosterLearner; onSaved: () => void }) {
  const [decision, setDecision] = createSignal<'referred' | 'not_referred'>(
    props.learner.referral?.decision ?? (props.learner.completed ? 'referred' : 'not_referred'),
  );
  const [text, setText] = createSignal(
    props.learner.referral?.courseName ?? props.learner.referral?.reason ?? '',
  );
  const id = props.learner.enrolmentId;
  const name = `${props.learner.firstName} ${props.learner.lastName}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text().trim()) {
      portal.status.announce(
        t(decision() === 'referred' ? 'group.referral.courseMissing' : 'group.referral.reasonMissing'),
        'error',
      );
      return;
    }
    try {
      await decideReferral({
        enrolmentId: id,
        referral:
          decision() === 'referred'
            ? { decision: 'referred', courseName: text().trim() }
            : { decision: 'not_referred', reason: text().trim() },
      });
      portal.status.announce(t('group.referral.saved', { name }));
      props.onSaved();
    } catch (error) {
      announceError(error);
    }
  };
  return (
    <form class="referral" onSubmit={submit} aria-label={t('group.referral.for', { name })}>
      <fieldset class="choice-grid">
        <legend class="visually-hidden">{t('group.referral.decision', { name })}</legend>
        <label class="choice">
          <input
            type="radio"
            name={`decision-${id}`}
            checked={decision() === 'referred'}
            onChange={() => setDecision('referred')}
          />
          <span>{t('group.referral.referred')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name={`decision-${id}`}
            checked={decision() === 'not_referred'}
            onChange={() => setDecision('not_referred')}
          />
          <span>{t('group.referral.notReferred')}</span>
        </label>
      </fieldset>
      <label for={`referral-${id}`}>
        {decision() === 'referred' ? t('group.referral.course') : t('group.referral.reason')}
      </label>
      <input
        id={`referral-${id}`}
        class="input input--medium"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="button button--secondary">
        {t('group.referral.save')}
      </button>
    </form>
  );
}

function LearnerItem(props: { learner: RosterLearner; onChanged: () => void }) {
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  const withdraw = async (input: WithdrawInput) => {
    try {
      const { promoted } = await withdrawEnrolment({ enrolmentId: props.learner.enrolmentId, input });
      portal.status.announce(
        promoted.length > 0
          ? t('group.learner.withdrawnPromoted', { name: name() })
          : t('group.learner.withdrawn', { name: name() }),
      );
      props.onChanged();
    } catch (error) {
      announceError(error);
    }
  };
  return (
    <li class="card learner-card">
      <h3 class="card__title">{name()}</h3>
      <p class="card__meta">
        <span lang={props.learner.preferredLanguage}>
          {i18n.languageName(props.learner.preferredLanguage)}
        </span>
        <Show when={props.learner.skillLevel}>{(level) => <> · {t(SKILL_KEYS[level()])}</>}</Show>
        <Show when={props.learner.phone}>{(phone) => <> · {phone()}</>}</Show>
      </p>
      <p class="card__badges">
        <Show when={props.learner.status === 'waitlisted'}>
          <Badge tone="warning">
            {t('group.learner.waitlisted', { position: props.learner.position ?? 0 })}
          </Badge>
        </Show>
        <Show when={props.learner.status === 'withdrawn'}>
          <Badge>{t('group.learner.withdrawnBadge')}</Badge>
        </Show>
        <Show when={props.learner.status === 'enrolled'}>
          <Badge tone={props.learner.completed ? 'success' : 'info'}>
            {props.learner.completed
              ? t('group.learner.completed', {
                  attended: props.learner.attended,
                  total: props.learner.sessionCount,
                })
              : t('group.learner.attended', {
                  attended: props.learner.attended,
                  required: props.learner.required,
                })}
          </Badge>
        </Show>
        <Show when={props.learner.referral}>
          {(referral) => (
            <Badge tone="success">
              {referral().decision === 'referred'
                ? t('group.learner.referredTo', { course: referral().courseName ?? '' })
                : t('group.learner.notReferred', { reason: referral().reason ?? '' })}
            </Badge>
          )}
        </Show>
      </p>
      <Show when={props.learner.progressNote}>
        {(note) => (
          <p>
            <strong>{t('group.learner.progressNote')}:</strong> {note()}
          </p>
        )}
      </Show>
      <Show when={props.learner.withdrawal}>
        {(withdrawal) => (
          <p>
            {t('withdrawal.shown', {
              date: longDay(withdrawal().at.slice(0, 10)),
              reason: withdrawal().reason ? t(withdrawalReasonKey(withdrawal().reason!)) : '—',
            })}
            <Show when={withdrawal().note}>{(note) => <> — {note()}</>}</Show>
          </p>
        )}
      </Show>
      <Show when={props.learner.status !== 'withdrawn'}>
        <div class="card__actions">
          <Show when={props.learner.status === 'enrolled'}>
            <ReferralForm learner={props.learner} onSaved={props.onChanged} />
          </Show>
          <WithdrawForm
            id={props.learner.enrolmentId}
            name={name()}
            buttonLabel={t('group.learner.withdraw', { name: name() })}
            onWithdraw={withdraw}
          />
        </div>
      </Show>
    </li>
  );
}

/** One group: its sessions (plan, move, cancel), its roster and waitlist, completion and referral. */
export function GroupPage() {
  const params = useParams<{ id: string }>();
  const [detail, { refetch }] = createResource(() => params.id, fetchGroup);
  usePageTitle(() => detail()?.group.name ?? t('groups.title'));
  const reload = () => void refetch();
  return (
    <Loaded resource={detail} retry={refetch}>
      {(loaded: () => GroupDetail) => (
        <>
          <p>
            <A href="/groups">{t('group.back')}</A>
          </p>
          <h1>{loaded().group.name}</h1>
          <p class="lead">
            {loaded().group.locationName ?? t('sessions.noLocation')} ·{' '}
            {loaded().group.teacherName ?? t('groups.noTeacher')} ·{' '}
            {loaded()
              .group.languageSupport.map((code) => i18n.languageName(code))
              .join(', ')}
          </p>
          <p>
            {t('groups.seats', { enrolled: loaded().group.enrolledCount, capacity: loaded().group.capacity })}{' '}
            · {t('group.waitlistCount', { count: loaded().group.waitlistCount })}
          </p>

          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('group.sessions')}</h2>
            <Show
              when={loaded().sessions.some((session) => !session.cancelled)}
              fallback={
                <PlanSessions
                  groupId={loaded().group.id}
                  count={loaded().group.basicSessions}
                  onDone={reload}
                />
              }
            >
              <ul class="session-rows" aria-label={t('group.sessions')}>
                <For each={loaded().sessions}>
                  {(session) => <SessionRow session={session} onChanged={reload} />}
                </For>
              </ul>
            </Show>
          </section>

          <section aria-labelledby="learners-title">
            <h2 id="learners-title">{t('group.learners')}</h2>
            <Show when={loaded().learners.length > 0} fallback={<EmptyState title={t('group.noLearners')} />}>
              <ul class="card-list" aria-label={t('group.learners')}>
                <For each={loaded().learners}>
                  {(learner) => <LearnerItem learner={learner} onChanged={reload} />}
                </For>
              </ul>
            </Show>
          </section>
        </>
      )}
    </Loaded>
  );
}
