import type { OpenGroupList } from '@digipakket/api/contracts';
import { SelectField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { Checkbox } from '../../shared/checkbox.component';
import { errorText, formatDay } from '../../shared/error-text';
import { createOpenGroupsQuery } from '../training.queries';

type OpenGroup = OpenGroupList['items'][number];

/** Whether a group says which languages it supports and the client's is not among them. */
export function languageNotServed({ group, language }: { group: OpenGroup; language: string }): boolean {
  return group.languageSupport.length > 0 && !group.languageSupport.includes(language);
}

/**
 * Picks a basic-course group for a client, each with its languages, start and seats. Groups that
 * already started are left out unless asked for, and then marked. A group that does not support
 * the client's language asks for confirmation first, as the API does.
 */
export function EnrolForm(props: {
  clientLanguage: string;
  busy: boolean;
  onEnrol: (args: { groupId: string; confirmLanguageMismatch: boolean }) => void;
}) {
  const [includeStarted, setIncludeStarted] = createSignal(false);
  // The source is an object, never `false`: a falsy source would keep the resource from loading at all.
  const [list] = createOpenGroupsQuery(() => ({ includeStarted: includeStarted() }));
  const groups = () => list.latest?.items ?? [];
  const [choice, setChoice] = createSignal('');
  const [confirming, setConfirming] = createSignal<OpenGroup>();
  const selected = () => groups().find((group) => group.id === choice()) ?? groups()[0];
  const languages = (group: OpenGroup) =>
    group.languageSupport.map((code) => i18n.languageName(code)).join(', ') ||
    t('client.training.languagesUnknown');
  const label = (group: OpenGroup) =>
    [
      t('client.training.groupOption', {
        name: group.name,
        date: formatDay(group.firstSessionDate) || '—',
        free: Math.max(0, group.capacity - group.enrolledCount),
        waiting: group.waitlistCount,
      }),
      t('client.training.languages', { languages: languages(group) }),
      ...(group.started ? [t('client.training.started')] : []),
    ].join(' — ');
  let warning: HTMLParagraphElement | undefined;
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const group = selected();
        if (!group) return;
        if (languageNotServed({ group, language: props.clientLanguage })) {
          setConfirming(group);
          queueMicrotask(() => warning?.focus());
          return;
        }
        props.onEnrol({ groupId: group.id, confirmLanguageMismatch: false });
      }}
    >
      <Show when={list.error}>
        <p class="field__error">{errorText(list.error)}</p>
      </Show>
      <SelectField
        name="training-group"
        label={t('client.training.choose')}
        value={selected()?.id ?? ''}
        onValue={(value) => {
          setChoice(value);
          setConfirming(undefined);
        }}
        options={groups().map((group) => ({ value: group.id, label: label(group) }))}
      />
      <Checkbox
        class="choice"
        name="includeStarted"
        checked={includeStarted()}
        onChecked={setIncludeStarted}
        label={t('client.training.includeStarted')}
      />
      <button type="submit" class="button button--primary" disabled={props.busy || groups().length === 0}>
        {t('client.training.enrol')}
      </button>
      <Show when={confirming()}>
        {(group) => (
          <div class="notice notice--warning">
            <p tabindex="-1" ref={warning} role="alert">
              {t('client.training.languageWarning', {
                language: i18n.languageName(props.clientLanguage),
                languages: languages(group()),
              })}
            </p>
            <button
              type="button"
              class="button button--secondary"
              disabled={props.busy}
              onClick={() => {
                // Read the group before closing the warning: once closed, its value is gone.
                const groupId = group().id;
                setConfirming(undefined);
                props.onEnrol({ groupId, confirmLanguageMismatch: true });
              }}
            >
              {t('client.training.enrolAnyway')}
            </button>
          </div>
        )}
      </Show>
    </form>
  );
}
