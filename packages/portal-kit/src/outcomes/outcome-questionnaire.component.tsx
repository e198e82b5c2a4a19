import {
  CLIENT_LANGUAGES,
  type ClientLanguage,
  findOutcomeItem,
  OUTCOME_CONFIDENCE_ANCHORS,
  OUTCOME_SCALE_TEXTS,
  OUTCOME_TASK_STEPS,
  OUTCOME_TEXT_REVIEW,
  type OutcomeItemId,
  type OutcomeTaskStep,
} from '@digipakket/domain';
import { createSignal, For, type JSX, Show } from 'solid-js';
import type { Action } from '../actions/create-action';
import { ErrorNotice } from '../display/display-parts.component';
import { usePortal } from '../session/portal-context';
import { OutcomePictogram } from './outcome-pictogram.component';

/** An item the programme asks, as the API lists it (`itemsAsked`). */
export interface OutcomeQuestionItem {
  itemId: OutcomeItemId;
  version: number;
  kind: 'task' | 'confidence';
  pictogram: string;
}

/** One answer as the API takes it. */
export interface OutcomeQuestionAnswer {
  itemId: OutcomeItemId;
  version: number;
  value: OutcomeTaskStep | number;
}

/** How a round is taken. */
export type OutcomeQuestionMode = 'in_person' | 'phone' | 'paper';

/** What the questionnaire hands over: the answers given (not the items left unanswered), the mode and the day. */
export interface OutcomeQuestionnaireResult {
  answers: OutcomeQuestionAnswer[];
  mode: OutcomeQuestionMode;
  takenOn?: string;
}

type Choice = OutcomeTaskStep | number | 'not_answered';

const CONFIDENCE_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The ends of the confidence scale, each with the words that anchor it. */
const CONFIDENCE_ENDS = [
  { value: 0, anchor: 'lowest' },
  { value: 10, anchor: 'highest' },
] as const;

function isClientLanguage(code: string): code is ClientLanguage {
  return CLIENT_LANGUAGES.some((language) => language.code === code);
}

/** One item of the questionnaire: its pictogram and wording, its scale as a radio group, and "not answered". */
function OutcomeItemField(props: {
  formId: string;
  item: OutcomeQuestionItem;
  language: ClientLanguage;
  direction: 'ltr' | 'rtl';
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  const { i18n } = usePortal();
  const t = i18n.t;
  const text = (lang: ClientLanguage) =>
    findOutcomeItem({ itemId: props.item.itemId, version: props.item.version })?.texts[lang] ??
    props.item.itemId;
  const optionLabel = (dutch: string, translated: string): JSX.Element => (
    <span class="outcome-option__text">
      <span>{dutch}</span>
      <Show when={props.language !== 'nl'}>
        <span class="outcome-option__translated" lang={props.language} dir={props.direction}>
          {translated}
        </span>
      </Show>
    </span>
  );
  /** One answer as a radio button of the item's group, checked while it is the choice. */
  const radio = (choice: Choice): JSX.InputHTMLAttributes<HTMLInputElement> => ({
    type: 'radio',
    name: `${props.formId}-${props.item.itemId}`,
    value: choice,
    get checked() {
      return props.choice === choice;
    },
    onChange: () => props.onChoose(choice),
  });
  return (
    <li class="outcome-item">
      <fieldset>
        <legend class="outcome-item__legend">
          <OutcomePictogram name={props.item.pictogram} />
          <span class="outcome-item__texts">
            <span class="outcome-item__dutch">{text('nl')}</span>
            <Show when={props.language !== 'nl'}>
              <span class="outcome-item__translated" lang={props.language} dir={props.direction}>
                {text(props.language)}
              </span>
            </Show>
          </span>
        </legend>
        <Show
          when={props.item.kind === 'task'}
          fallback={
            <div class="outcome-options outcome-options--scale">
              <For each={CONFIDENCE_VALUES}>
                {(value) => (
                  <label class="outcome-option outcome-option--number">
                    <input {...radio(value)} />
                    <span>{value}</span>
                  </label>
                )}
              </For>
              <p class="outcome-scale-anchors">
                <For each={CONFIDENCE_ENDS}>
                  {(end) => (
                    <span>
                      {end.value}: {OUTCOME_CONFIDENCE_ANCHORS[end.anchor].nl}
                      <Show when={props.language !== 'nl'}>
                        {' / '}
                        <span lang={props.language} dir={props.direction}>
                          {OUTCOME_CONFIDENCE_ANCHORS[end.anchor][props.language]}
                        </span>
                      </Show>
                    </span>
                  )}
                </For>
              </p>
            </div>
          }
        >
          <div class="outcome-options">
            <For each={OUTCOME_TASK_STEPS}>
              {(step) => (
                <label class="outcome-option">
                  <input {...radio(step)} />
                  {optionLabel(OUTCOME_SCALE_TEXTS[step].nl, OUTCOME_SCALE_TEXTS[step][props.language])}
                </label>
              )}
            </For>
          </div>
        </Show>
        <label class="outcome-option outcome-option--none">
          <input {...radio('not_answered')} />
          <span>{t('outcome.notAnswered')}</span>
        </label>
      </fieldset>
    </li>
  );
}

/**
 * The outcome measure as one questionnaire, the same in the three portals: per item its pictogram, the
 * item in the client's language beside the Dutch the reader reads aloud, the four steps (or 0 to 10 for
 * confidence) as a radio group, and "not asked / no answer". One item per screen or all in a list; the
 * mode (in person, by phone, on paper with the day on the sheet). Answers given beforehand (`initial`,
 * e.g. from the intake) are chosen already and can be changed.
 */
export function OutcomeQuestionnaire(props: {
  id: string;
  items: OutcomeQuestionItem[];
  language: string;
  modes: readonly OutcomeQuestionMode[];
  initial?: OutcomeQuestionAnswer[];
  submitLabel: string;
  /** Records the answers: its busy flag holds the button back, its error shows above it. */
  save: Action<[OutcomeQuestionnaireResult]>;
  /** Start with one item per screen (phones and tablets) rather than the list. */
  oneByOne?: boolean;
}) {
  const { i18n } = usePortal();
  const t = i18n.t;
  const language = (): ClientLanguage => (isClientLanguage(props.language) ? props.language : 'nl');
  const direction = () => CLIENT_LANGUAGES.find((entry) => entry.code === language())?.direction ?? 'ltr';
  const [choices, setChoices] = createSignal<Partial<Record<OutcomeItemId, Choice>>>(
    Object.fromEntries((props.initial ?? []).map((answer) => [answer.itemId, answer.value])),
  );
  const [mode, setMode] = createSignal<OutcomeQuestionMode>(props.modes[0] ?? 'in_person');
  const [takenOn, setTakenOn] = createSignal('');
  const [oneByOne, setOneByOne] = createSignal(Boolean(props.oneByOne));
  const [current, setCurrent] = createSignal(0);
  const [problem, setProblem] = createSignal<string>();

  const choose = (itemId: OutcomeItemId, choice: Choice) => setChoices({ ...choices(), [itemId]: choice });
  const answered = () =>
    props.items.flatMap((item): OutcomeQuestionAnswer[] => {
      const choice = choices()[item.itemId];
      return choice === undefined || choice === 'not_answered'
        ? []
        : [{ itemId: item.itemId, version: item.version, value: choice }];
    });
  const shown = () => (oneByOne() ? props.items.slice(current(), current() + 1) : props.items);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (answered().length === 0) {
      setProblem(t('outcome.error.noAnswers'));
      return;
    }
    if (mode() === 'paper' && !takenOn()) {
      setProblem(t('outcome.error.paperDate'));
      return;
    }
    setProblem(undefined);
    return props.save.run({
      answers: answered(),
      mode: mode(),
      ...(mode() === 'paper' ? { takenOn: takenOn() } : {}),
    });
  };

  return (
    <form class="outcome-questionnaire" aria-labelledby={`${props.id}-title`} onSubmit={submit} novalidate>
      <p id={`${props.id}-title`} class="outcome-questionnaire__intro">
        {t('outcome.intro', { language: i18n.languageName(language()) })}
      </p>
      <Show when={OUTCOME_TEXT_REVIEW[language()] === 'machine_draft'}>
        <p class="outcome-questionnaire__review">{t('outcome.machineDraft')}</p>
      </Show>
      <fieldset class="outcome-questionnaire__mode">
        <legend>{t('outcome.mode.legend')}</legend>
        <div class="outcome-options outcome-options--row">
          <For each={props.modes}>
            {(value) => (
              <label class="outcome-option">
                <input
                  type="radio"
                  name={`${props.id}-mode`}
                  value={value}
                  checked={mode() === value}
                  onChange={() => setMode(value)}
                />
                <span>{t(`outcome.mode.${value}`)}</span>
              </label>
            )}
          </For>
        </div>
        <Show when={mode() === 'paper'}>
          <label class="field">
            <span class="field__label">{t('outcome.paperDate')}</span>
            <input type="date" value={takenOn()} onInput={(event) => setTakenOn(event.currentTarget.value)} />
          </label>
        </Show>
      </fieldset>
      <label class="outcome-questionnaire__layout">
        <input
          type="checkbox"
          checked={oneByOne()}
          onChange={(event) => setOneByOne(event.currentTarget.checked)}
        />{' '}
        {t('outcome.oneByOne')}
      </label>
      <ol class="outcome-items">
        <For each={shown()}>
          {(item) => (
            <OutcomeItemField
              formId={props.id}
              item={item}
              language={language()}
              direction={direction()}
              choice={choices()[item.itemId]}
              onChoose={(choice) => choose(item.itemId, choice)}
            />
          )}
        </For>
      </ol>
      <Show when={oneByOne()}>
        <div class="button-row outcome-questionnaire__steps">
          <button
            type="button"
            class="button button--secondary"
            disabled={current() === 0}
            onClick={() => setCurrent(current() - 1)}
          >
            {t('outcome.previous')}
          </button>
          <span aria-live="polite">
            {t('outcome.position', { position: current() + 1, total: props.items.length })}
          </span>
          <button
            type="button"
            class="button button--secondary"
            disabled={current() >= props.items.length - 1}
            onClick={() => setCurrent(current() + 1)}
          >
            {t('outcome.next')}
          </button>
        </div>
      </Show>
      <p class="outcome-questionnaire__count">
        {t('outcome.answered', { count: answered().length, total: props.items.length })}
      </p>
      <ErrorNotice error={problem() ?? props.save.error()} inline />
      <div class="form__actions">
        <button
          type="submit"
          class="button button--primary"
          aria-disabled={props.save.busy() ? 'true' : undefined}
        >
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
