import { createResource, For } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { keyedStorage } from './keyed-storage';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

type Row = { chequeId: string; name: string };

function mountList(options: { keyed: boolean }) {
  const answers: Row[][] = [
    [
      { chequeId: 'a', name: 'Amina' },
      { chequeId: 'b', name: 'Emre' },
    ],
    [
      { chequeId: 'b', name: 'Emre Ç.' },
      { chequeId: 'c', name: 'Olena' },
    ],
  ];
  let call = 0;
  const host = document.createElement('div');
  document.body.append(host);
  let refetchList: () => unknown = () => undefined;
  render(() => {
    const fetcher = async () => answers[Math.min(call++, answers.length - 1)]!;
    const [rows, { refetch }] = options.keyed
      ? createResource(fetcher, { storage: keyedStorage('chequeId') })
      : createResource(fetcher);
    refetchList = refetch;
    return (
      <ul>
        <For each={rows.latest ?? []}>
          {(row) => (
            <li data-id={row.chequeId}>
              <span>{row.name}</span>
              <input aria-label={`Afspraak ${row.chequeId}`} />
            </li>
          )}
        </For>
      </ul>
    );
  }, host);
  return { host, refetch: () => refetchList() };
}

/**
 * Mounts the list, types an appointment into row b, refetches and waits: the list, the input typed
 * into, and row b's input after the refetch.
 */
async function typeIntoRowThenRefetch({ keyed }: { keyed: boolean }) {
  const { host, refetch } = mountList({ keyed });
  await settle();
  const typed = host.querySelector<HTMLInputElement>('li[data-id="b"] input')!;
  typed.value = '2027-02-10T14:00';

  refetch();
  await settle();
  return { host, typed, after: host.querySelector<HTMLInputElement>('li[data-id="b"] input')! };
}

describe('keyedStorage', () => {
  it('keeps a row that is still listed after a refetch, with what was typed into it, and shows its new values', async () => {
    const { host, typed, after } = await typeIntoRowThenRefetch({ keyed: true });
    const rows = [...host.querySelectorAll('li')].map((li) => li.dataset.id);
    expect(rows).toEqual(['b', 'c']);
    expect(after).toBe(typed);
    expect(after.value).toBe('2027-02-10T14:00');
    expect(host.querySelector('li[data-id="b"] span')?.textContent).toBe('Emre Ç.');
  });

  it('is what keeps the row: without it a refetch rebuilds every row and loses the typing', async () => {
    const { typed, after } = await typeIntoRowThenRefetch({ keyed: false });
    expect(after).not.toBe(typed);
    expect(after.value).toBe('');
  });
});
