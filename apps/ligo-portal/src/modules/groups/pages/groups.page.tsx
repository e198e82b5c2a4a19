import type { GroupSummary } from '@digipakket/api/contracts';
import { CLIENT_LANGUAGE_CODES } from '@digipakket/domain';
import {
  createAction,
  EmptyState,
  ErrorSummary,
  Loaded,
  SelectField,
  SubmitButton,
  type SummaryError,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { i18n, plural, portal, t } from '../../../portal';
import { sessionDay } from '../../sessions/sessions.format';
import { ligoErrorKey } from '../../training/training.errors';
import {
  createGroupsQuery,
  createLocationsQuery,
  createProgrammesQuery,
  createTeachersQuery,
} from '../../training/training.queries';
import { createGroup } from '../../training/training.services';

const day = (date: string | null) =>
  date
    ? i18n.formatDate(sessionDay(date), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    : '—';

function GroupCard(props: { group: GroupSummary }) {
  return (
    <li class="card">
      <h2 class="card__title">
        <A href={`/groups/${props.group.id}`}>{props.group.name}</A>
      </h2>
      <p class="card__meta">
        {props.group.sessionCount > 0
          ? t('groups.dates', {
              from: day(props.group.firstSessionDate),
              until: day(props.group.lastSessionDate),
            })
          : t('groups.noSessions')}
        {' · '}
        {props.group.locationName ?? t('sessions.noLocation')}
        {' · '}
        {props.group.teacherName ?? t('groups.noTeacher')}
      </p>
      <Show when={props.group.languageSupport.length > 0}>
        <p class="card__meta">
          {t('groups.languages', {
            languages: props.group.languageSupport.map((code) => i18n.languageName(code)).join(', '),
          })}
        </p>
      </Show>
      <p class="card__facts">
        {t('groups.seats', { enrolled: props.group.enrolledCount, capacity: props.group.capacity })}
        {' · '}
        {plural(props.group.waitlistCount, { one: 'groups.waitlist.one', other: 'groups.waitlist.other' })}
      </p>
    </li>
  );
}

function NewGroupForm(props: { onCreated: (groupId: string) => void }) {
  const [programmes] = createProgrammesQuery();
  const [locations] = createLocationsQuery();
  const [teachers] = createTeachersQuery();
  const [name, setName] = createSignal('');
  const [programmeId, setProgrammeId] = createSignal('');
  const [locationId, setLocationId] = createSignal('');
  const [teacherId, setTeacherId] = createSignal('');
  const [capacity, setCapacity] = createSignal('12');
  const [languages, setLanguages] = createSignal<string[]>(['nl']);
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const create = createAction({
    run: createGroup,
    onSuccess: ({ group }) => {
      portal.status.announce(t('groups.form.created', { name: group.name }));
      props.onCreated(group.id);
    },
    onError: (error) => {
      setErrors([{ message: t(ligoErrorKey(error)) }]);
      setAttempt(attempt() + 1);
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!name().trim()) found.push({ field: 'name', message: t('groups.form.nameMissing') });
    const program = programmeId() || programmes()?.items[0]?.id || '';
    if (!program) found.push({ field: 'programme', message: t('groups.form.programmeMissing') });
    const seats = Number(capacity());
    if (!Number.isInteger(seats) || seats < 1 || seats > 200)
      found.push({ field: 'capacity', message: t('groups.form.capacityInvalid') });
    setErrors(found);
    setAttempt(attempt() + 1);
    if (found.length > 0) return;
    await create.run({
      name: name().trim(),
      programmeId: program,
      locationId: locationId() || null,
      teacherUserId: teacherId() || null,
      languageSupport: languages(),
      capacity: seats,
    });
  };

  const error = (field: string) => errors().find((item) => item.field === field)?.message;
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="new-group-title">
      <h2 id="new-group-title">{t('groups.form.title')}</h2>
      <Show when={errors().length > 0}>
        <ErrorSummary errors={errors()} attempt={attempt()} />
      </Show>
      <TextField
        name="name"
        label={t('groups.form.name')}
        value={name()}
        onValue={setName}
        error={error('name')}
        maxLength={120}
      />
      <SelectField
        name="programme"
        label={t('groups.form.programme')}
        value={programmeId() || programmes()?.items[0]?.id || ''}
        onValue={setProgrammeId}
        error={error('programme')}
        options={(programmes()?.items ?? []).map((item) => ({
          value: item.id,
          label: t('groups.form.programmeOption', {
            name: item.name,
            tenant: item.tenantName,
            sessions: item.basicSessions,
          }),
        }))}
      />
      <SelectField
        name="location"
        label={t('groups.form.location')}
        optional
        value={locationId()}
        onValue={setLocationId}
        placeholder={t('groups.form.choose')}
        options={(locations()?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
      />
      <SelectField
        name="teacher"
        label={t('groups.form.teacher')}
        optional
        value={teacherId()}
        onValue={setTeacherId}
        placeholder={t('groups.form.choose')}
        options={(teachers()?.items ?? [])
          .filter((item) => item.active)
          .map((item) => ({ value: item.id, label: item.displayName }))}
      />
      <TextField
        name="capacity"
        label={t('groups.form.capacity')}
        value={capacity()}
        onValue={setCapacity}
        inputMode="numeric"
        width="short"
        error={error('capacity')}
      />
      <fieldset class="field choice-grid">
        <legend class="field__label">{t('groups.form.languages')}</legend>
        <For each={[...CLIENT_LANGUAGE_CODES]}>
          {(code) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={languages().includes(code)}
                onChange={(event) =>
                  setLanguages(
                    event.currentTarget.checked
                      ? [...languages(), code]
                      : languages().filter((item) => item !== code),
                  )
                }
              />
              <span>{i18n.languageName(code)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="form__actions">
        <SubmitButton busy={create.busy()} label={t('groups.form.submit')} />
      </div>
    </form>
  );
}

/** The coordinator's course groups and a form for a new one. */
export function GroupsPage() {
  const [groups, { refetch }] = createGroupsQuery();
  const navigate = useNavigate();
  usePageTitle(() => t('groups.title'));
  return (
    <>
      <h1>{t('groups.title')}</h1>
      <p class="lead">{t('groups.intro')}</p>
      <Loaded resource={groups} retry={refetch}>
        {(list) => (
          <Show when={list().items.length > 0} fallback={<EmptyState title={t('groups.empty')} />}>
            <ul class="card-list" aria-label={t('groups.list')}>
              <For each={list().items}>{(group) => <GroupCard group={group} />}</For>
            </ul>
          </Show>
        )}
      </Loaded>
      <NewGroupForm onCreated={(groupId) => navigate(`/groups/${groupId}`)} />
    </>
  );
}
