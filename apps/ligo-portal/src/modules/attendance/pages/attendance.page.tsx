import type { AttendanceLearner, AttendanceStatusValue } from '@digipakket/api/contracts';
import { Badge, EmptyState, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { i18n, portal, t } from '../../../portal';
import { sessionDay } from '../../sessions/sessions.format';
import { ligoErrorKey } from '../../training/training.errors';
import { createAttendanceQuery } from '../../training/training.queries';
import { markAttendance } from '../../training/training.services';
import { ProgressNote } from '../components/progress-note.component';

/** A session's calendar date as its day and month ("14 maart"), for when attendance may be marked. */
const dayAndMonth = (date: string) =>
  i18n.formatDate(sessionDay(date), { day: 'numeric', month: 'long', timeZone: 'UTC' });

const STATUSES: AttendanceStatusValue[] = ['present', 'late', 'excused', 'absent'];

const STATUS_KEYS = {
  present: 'attendance.status.present',
  late: 'attendance.status.late',
  excused: 'attendance.status.excused',
  absent: 'attendance.status.absent',
} as const;

export const SKILL_KEYS = {
  none: 'skill.none',
  basic: 'skill.basic',
  independent: 'skill.independent',
} as const;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string | null }
  | { kind: 'failed'; message: string };

function LearnerRow(props: {
  learner: AttendanceLearner;
  sessionId: string;
  editable: boolean;
  /** The teacher may take the end outcome round here (the group's last half-day, where the programme says so). */
  endRound: boolean;
  onChange: (learner: AttendanceLearner) => void;
}) {
  const [state, setState] = createSignal<SaveState>({ kind: 'idle' });
  const [note, setNote] = createSignal(props.learner.note ?? '');
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  const group = () => `status-${props.learner.enrolmentId}`;

  /** Saves a mark, or clears a wrong one (`null`, with its note) while corrections are still allowed. */
  const save = async (status: AttendanceStatusValue | null, withNote: boolean) => {
    // A copy: the learner is a live store record, and the rollback needs what was stored before.
    const before = { ...props.learner };
    const noteAfter = status === null ? null : withNote ? note() || null : before.note;
    props.onChange({ ...before, status, note: noteAfter });
    setState({ kind: 'saving' });
    try {
      const { attendance } = await markAttendance({
        sessionId: props.sessionId,
        enrolmentId: before.enrolmentId,
        mark: withNote ? { status, note: note() || null } : { status },
      });
      if (status === null) setNote('');
      props.onChange({
        ...before,
        status: attendance.status,
        note: attendance.note,
        markedAt: attendance.markedAt,
      });
      setState({ kind: 'saved', at: attendance.markedAt });
    } catch (error) {
      props.onChange(before);
      setNote(before.note ?? '');
      const message = t(ligoErrorKey(error));
      setState({ kind: 'failed', message });
      portal.status.announce(t('attendance.notSaved', { name: name(), reason: message }), 'error');
    }
  };

  return (
    <li class="learner">
      <fieldset class="learner__marks" disabled={!props.editable}>
        <legend class="learner__name">
          {name()}
          <span class="learner__facts">
            <span lang={props.learner.preferredLanguage}>
              {i18n.languageName(props.learner.preferredLanguage)}
            </span>
            <Show when={props.learner.skillLevel}>{(level) => <span> · {t(SKILL_KEYS[level()])}</span>}</Show>
            <Show when={props.learner.phone}>{(phone) => <span> · {phone()}</span>}</Show>
          </span>
        </legend>
        <div class="marks" role="presentation">
          <For each={STATUSES}>
            {(status) => (
              <label class={`mark mark--${status}`}>
                <input
                  type="radio"
                  name={group()}
                  value={status}
                  checked={props.learner.status === status}
                  onChange={() => save(status, false)}
                />
                <span class="mark__tick" aria-hidden="true">
                  ✓
                </span>
                <span>{t(STATUS_KEYS[status])}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <p class="learner__state" aria-live="polite">
        <Show when={state().kind === 'saving'}>{t('attendance.saving')}</Show>
        <Show when={state().kind === 'saved'}>
          <Badge tone="success">{t('attendance.saved')}</Badge>
        </Show>
        <Show when={state().kind === 'failed'}>
          <Badge tone="danger">{t('attendance.failed')}</Badge> {(state() as { message: string }).message}
        </Show>
      </p>
      <Show when={props.editable && props.learner.status}>
        {(status) => (
          <form
            class="learner__note"
            onSubmit={(event) => {
              event.preventDefault();
              save(status(), true);
            }}
          >
            <label for={`note-${props.learner.enrolmentId}`}>{t('attendance.note', { name: name() })}</label>
            <input
              id={`note-${props.learner.enrolmentId}`}
              class="input input--medium"
              value={note()}
              maxLength={500}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
            <button type="submit" class="button button--secondary">
              {t('attendance.saveNote')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              aria-label={t('attendance.clearFor', { name: name() })}
              onClick={() => save(null, false)}
            >
              {t('attendance.clear')}
            </button>
          </form>
        )}
      </Show>
      <ProgressNote learner={props.learner} onChange={props.onChange} />
      <Show when={props.endRound}>
        <A
          class="button button--secondary"
          href={`/sessions/${props.sessionId}/outcomes/${props.learner.clientId}`}
          aria-label={t('outcomes.end.takeFor', { name: name() })}
        >
          {t('outcomes.end.take')}
        </A>
      </Show>
    </li>
  );
}

/** One session's attendance list: one tap per learner, saved at once and shown as saved. */
export function AttendancePage() {
  const params = useParams<{ id: string }>();
  const [list, { refetch }] = createAttendanceQuery(() => params.id);
  const [learners, setLearners] = createStore<AttendanceLearner[]>([]);
  usePageTitle(() => t('attendance.title'));
  const update = (next: AttendanceLearner) =>
    setLearners(
      produce((rows) => {
        const index = rows.findIndex((row) => row.enrolmentId === next.enrolmentId);
        // In place, so the row (and its "saved" state) stays mounted.
        if (index >= 0) Object.assign(rows[index]!, next);
      }),
    );
  const marked = () => learners.filter((learner) => learner.status !== null).length;
  const isTeacher = () => portal.session.me()?.user.role === 'teacher';

  return (
    <Loaded resource={list} retry={refetch}>
      {(loaded) => {
        setLearners(loaded().learners);
        const session = () => loaded().session;
        return (
          <>
            <p>
              <A href="/">{t('attendance.back')}</A>
            </p>
            <h1>{t('attendance.heading', { group: session().groupName })}</h1>
            <p class="lead">
              {i18n.formatDate(sessionDay(session().date), {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                timeZone: 'UTC',
              })}{' '}
              · {t('sessions.time', { start: session().startTime, end: session().endTime })} ·{' '}
              {session().locationName ?? t('sessions.noLocation')}
            </p>
            <Show when={session().cancelled}>
              <p class="notice">{t('attendance.cancelled')}</p>
            </Show>
            <Show when={!session().cancelled && !session().editable}>
              <p class="notice">
                {t('attendance.locked', {
                  from: dayAndMonth(session().editableFrom),
                  until: dayAndMonth(session().editableUntil),
                })}
              </p>
            </Show>
            <Show when={session().editable}>
              <p>
                {t('attendance.progressCount', { marked: marked(), total: learners.length })}{' '}
                {t('attendance.correctUntil', { until: dayAndMonth(session().editableUntil) })}
              </p>
            </Show>
            <Show when={learners.length > 0} fallback={<EmptyState title={t('attendance.empty')} />}>
              <ul class="learner-list" aria-label={t('attendance.list')}>
                <For each={learners}>
                  {(learner) => (
                    <LearnerRow
                      learner={learner}
                      sessionId={session().id}
                      editable={session().editable}
                      endRound={isTeacher() && !session().cancelled}
                      onChange={update}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </>
        );
      }}
    </Loaded>
  );
}
