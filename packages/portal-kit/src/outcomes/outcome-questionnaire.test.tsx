import { OUTCOME_CONFIDENCE_ANCHORS } from '@digipakket/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { createAction } from '../actions/create-action';
import { mountInPortal } from '../session/portal.fixtures';
import {
  type OutcomeQuestionItem,
  OutcomeQuestionnaire,
  type OutcomeQuestionnaireResult,
} from './outcome-questionnaire.component';

const ITEMS: OutcomeQuestionItem[] = [
  { itemId: 'connect_wifi', version: 1, kind: 'task', pictogram: 'wifi' },
  { itemId: 'online_banking', version: 1, kind: 'task', pictogram: 'bank-card' },
  { itemId: 'confidence', version: 1, kind: 'confidence', pictogram: 'scale-0-10' },
];

function mount(props: { language: string; onSubmit: (result: OutcomeQuestionnaireResult) => void }) {
  return mountInPortal(() => {
    const save = createAction({ run: async (result: OutcomeQuestionnaireResult) => props.onSubmit(result) });
    return (
      <OutcomeQuestionnaire
        id="q"
        items={ITEMS}
        language={props.language}
        modes={['in_person', 'phone', 'paper']}
        initial={[{ itemId: 'connect_wifi', version: 1, value: 'with_help' }]}
        submitLabel="Opslaan"
        save={save}
      />
    );
  }).host;
}

const radio = (host: HTMLElement, name: string, value: string) =>
  host.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OutcomeQuestionnaire', () => {
  it('hands over the answers given with their versions, leaving out the items not asked', () => {
    const results: OutcomeQuestionnaireResult[] = [];
    const host = mount({ language: 'tr', onSubmit: (result) => results.push(result) });
    expect(radio(host, 'q-connect_wifi', 'with_help').checked).toBe(true);
    const anchors = [...host.querySelectorAll('.outcome-scale-anchors > span')].map((end) => end.textContent);
    expect(anchors).toEqual([
      `0: ${OUTCOME_CONFIDENCE_ANCHORS.lowest.nl} / ${OUTCOME_CONFIDENCE_ANCHORS.lowest.tr}`,
      `10: ${OUTCOME_CONFIDENCE_ANCHORS.highest.nl} / ${OUTCOME_CONFIDENCE_ANCHORS.highest.tr}`,
    ]);
    radio(host, 'q-online_banking', 'not_answered').click();
    radio(host, 'q-confidence', '7').click();
    radio(host, 'q-mode', 'phone').click();
    host.querySelector('form')!.requestSubmit();
    expect(results).toEqual([
      {
        answers: [
          { itemId: 'connect_wifi', version: 1, value: 'with_help' },
          { itemId: 'confidence', version: 1, value: 7 },
        ],
        mode: 'phone',
      },
    ]);
  });

  it('shows each item in the client’s language beside the Dutch, and says when that wording is a machine draft', () => {
    const host = mount({ language: 'ar', onSubmit: () => {} });
    const translated = host.querySelector<HTMLElement>('.outcome-item__translated')!;
    expect(translated.lang).toBe('ar');
    expect(translated.dir).toBe('rtl');
    expect(host.querySelector('.outcome-item__dutch')!.textContent).toContain('wifi');
    expect(host.textContent).toContain('machinevertaling');
  });

  it('asks for the date on the sheet before a paper round is handed over', () => {
    const results: OutcomeQuestionnaireResult[] = [];
    const host = mount({ language: 'nl', onSubmit: (result) => results.push(result) });
    radio(host, 'q-mode', 'paper').click();
    host.querySelector('form')!.requestSubmit();
    expect(results).toEqual([]);
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('datum');
  });
});
