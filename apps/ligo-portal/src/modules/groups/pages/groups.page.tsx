import type { GroupSummary } from '@digipakket/api/contracts';
import { CLIENT_LANGUAGE_CODES } from '@digipakket/domain';
import {
  CardList,
  CheckboxGroup,
  createAction,
  createFormErrors,
  createFormValues,
  FormErrorSummary,
  LoadedList,
  SelectField,
  SubmitButton,
  type SummaryError,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { A, useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
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
  const form = createFormValues({ name: '', programme: '', location: '', teacher: '', capacity: '12' });
  const [languages, setLanguages] = createSignal<string[]>(['nl']);
  const problems = createFormErrors();
  /** The programme the form sends: the one picked, else the first in the list, as the select shows. */
  const programmeId = () => form.values().programme || programmes()?.items[0]?.id || '';
  const create = createAction({
    run: createGroup,
    onSuccess: ({ group }) => {
      portal.status.announce(t('groups.form.created', { name: group.name }));
      props.onCreated(group.id);
    },
    onError: (error) => problems.check([{ message: t(ligoErrorKey(error)) }]),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const values = form.values();
    const found: SummaryError[] = [];
    if (!values.name.trim()) found.push({ field: 'name', message: t('groups.form.nameMissing') });
    const program = programmeId();
    if (!program) found.push({ field: 'programme', message: t('groups.form.programmeMissing') });
    const seats = Number(values.capacity);
    if (!Number.isInteger(seats) || seats < 1 || seats > 200)
      found.push({ field: 'capacity', message: t('groups.form.capacityInvalid') });
    if (!problems.check(found)) return;
    await create.run({
      name: values.name.trim(),
      programmeId: program,
      locationId: values.location || null,
      teacherUserId: values.teacher || null,
      languageSupport: languages(),
      capacity: seats,
    });
  };

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="new-group-title">
      <h2 id="new-group-title">{t('groups.form.title')}</h2>
      <FormErrorSummary of={problems} />
      <TextField
        {...form.field('name')}
        label={t('groups.form.name')}
        error={problems.of('name')}
        maxLength={120}
      />
      <SelectField
        {...form.field('programme')}
        value={programmeId()}
        label={t('groups.form.programme')}
        error={problems.of('programme')}
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
        {...form.field('location')}
        label={t('groups.form.location')}
        optional
        placeholder={t('groups.form.choose')}
        options={(locations()?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
      />
      <SelectField
        {...form.field('teacher')}
        label={t('groups.form.teacher')}
        optional
        placeholder={t('groups.form.choose')}
        options={(teachers()?.items ?? [])
          .filter((item) => item.active)
          .map((item) => ({ value: item.id, label: item.displayName }))}
      />
      <TextField
        {...form.field('capacity')}
        label={t('groups.form.capacity')}
        inputMode="numeric"
        width="short"
        error={problems.of('capacity')}
      />
      <CheckboxGroup
        legend={t('groups.form.languages')}
        options={CLIENT_LANGUAGE_CODES}
        label={(code) => i18n.languageName(code)}
        value={languages()}
        onValue={setLanguages}
      />
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
      <LoadedList resource={groups} retry={refetch} emptyTitle={t('groups.empty')}>
        {(list) => (
          <CardList each={list().items} aria-label={t('groups.list')}>
            {(group) => <GroupCard group={group} />}
          </CardList>
        )}
      </LoadedList>
      <NewGroupForm onCreated={(groupId) => navigate(`/groups/${groupId}`)} />
    </>
  );
}
