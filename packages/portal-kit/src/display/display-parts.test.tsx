import { createResource, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { mountInPortal } from '../session/portal.fixtures';
import {
  CardList,
  ColumnsTable,
  DataTable,
  ErrorNotice,
  FailureNotice,
  ListOrEmpty,
  Loaded,
  LoadedList,
  Pagination,
} from './display-parts.component';

function mount(view: () => import('solid-js').JSX.Element) {
  return mountInPortal(view, { name: 'ligo' }).host;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CardList', () => {
  it('renders one card an item in a named list, and follows the items', () => {
    const [items, setItems] = createSignal(['a', 'b']);
    const host = mount(() => (
      <CardList each={items()} aria-label="Letters">
        {(item) => <li class="card">{item}</li>}
      </CardList>
    ));
    const list = host.querySelector('ul.card-list');
    expect(list?.getAttribute('aria-label')).toBe('Letters');
    expect([...(list?.querySelectorAll('li.card') ?? [])].map((card) => card.textContent)).toEqual([
      'a',
      'b',
    ]);

    setItems(['c']);
    expect([...(list?.querySelectorAll('li.card') ?? [])].map((card) => card.textContent)).toEqual(['c']);
  });
});

describe('DataTable', () => {
  it('has a header cell a column and a row an item, the row header a th, in a region named by its caption', () => {
    const host = mount(() => (
      <DataTable
        caption="Letters"
        captionHidden
        rows={['a', 'b']}
        columns={[
          { header: 'Letter', rowHeader: true, cell: (letter) => letter },
          { header: 'Capital', class: 'numeric', cell: (letter) => letter.toUpperCase() },
        ]}
      />
    ));
    const caption = host.querySelector('caption');
    expect(host.querySelector('section.table-wrap')?.getAttribute('aria-labelledby')).toBe(caption?.id);
    expect(caption?.className).toBe('visually-hidden');
    const texts = (selector: string) => [...host.querySelectorAll(selector)].map((cell) => cell.textContent);
    expect(texts('thead th[scope="col"]')).toEqual(['Letter', 'Capital']);
    expect(texts('tbody th[scope="row"]')).toEqual(['a', 'b']);
    expect(texts('tbody td.numeric')).toEqual(['A', 'B']);
  });

  it('as ColumnsTable is the bare table, with a class of its own beside "table"', () => {
    const host = mount(() => (
      <ColumnsTable
        class="chart__table"
        caption="Figures"
        rows={[7]}
        columns={[{ header: 'N', cell: String }]}
      />
    ));
    expect(host.querySelector('section')).toBeNull();
    expect(host.querySelector('table')?.className).toBe('table chart__table');
    expect(host.querySelector('caption')?.hasAttribute('id')).toBe(false);
    expect(host.querySelector('tbody td')?.textContent).toBe('7');
  });
});

describe('LoadedList', () => {
  it('shows the empty state while the list has no items, and the list once it has', async () => {
    const [query, setQuery] = createSignal<string[]>([]);
    const host = mount(() => {
      const [list, { refetch }] = createResource(query, async (items) => ({ items }));
      return (
        <LoadedList resource={list} retry={refetch} emptyTitle="Nog geen groepen" emptyText="Maak er een.">
          {(value) => <p class="names">{value().items.join(',')}</p>}
        </LoadedList>
      );
    });
    await settle();
    expect(host.querySelector('.empty-state__title')?.textContent).toBe('Nog geen groepen');
    expect(host.querySelector('.empty-state__text')?.textContent).toBe('Maak er een.');
    expect(host.querySelector('.names')).toBeNull();

    setQuery(['a', 'b']);
    await settle();
    expect(host.querySelector('.empty-state')).toBeNull();
    expect(host.querySelector('.names')?.textContent).toBe('a,b');
  });
});

describe('Loaded', () => {
  it('shows each new answer of the resource, not only the first', async () => {
    const [query, setQuery] = createSignal('a');
    const host = mount(() => {
      const [items, { refetch }] = createResource(query, async (q) => [`${q}1`, `${q}2`]);
      return (
        <Loaded resource={items} retry={refetch}>
          {(list) => <p>{list().join(',')}</p>}
        </Loaded>
      );
    });
    await settle();
    expect(host.textContent).toBe('a1,a2');

    setQuery('b');
    await settle();
    expect(host.textContent).toBe('b1,b2');
  });

  it('explains a failure and offers to try again', async () => {
    let calls = 0;
    const host = mount(() => {
      const [items, { refetch }] = createResource(async () => {
        calls += 1;
        if (calls === 1) throw new Error('down');
        return 'back';
      });
      return (
        <Loaded resource={items} retry={refetch}>
          {(value) => <p>{value()}</p>}
        </Loaded>
      );
    });
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'De gegevens konden niet geladen worden.',
    );

    host.querySelector('button')?.click();
    await settle();
    expect(host.textContent).toBe('back');
  });
});

describe('ListOrEmpty', () => {
  it('shows the list while it has items, and the empty state with its title and text when it has none', () => {
    const [count, setCount] = createSignal(2);
    const host = mount(() => (
      <ListOrEmpty count={count()} emptyTitle="Geen lessen" emptyText="Er staan nog geen lessen gepland.">
        <ul aria-label="Lessen" />
      </ListOrEmpty>
    ));
    expect(host.querySelector('ul[aria-label="Lessen"]')).not.toBeNull();
    expect(host.querySelector('.empty-state')).toBeNull();

    setCount(0);
    expect(host.querySelector('ul')).toBeNull();
    expect(host.querySelector('.empty-state')?.getAttribute('aria-label')).toBe('Geen lessen');
    expect(host.querySelector('.empty-state__text p')?.textContent).toBe('Er staan nog geen lessen gepland.');
  });

  it('shows only the title when there is no text', () => {
    const host = mount(() => (
      <ListOrEmpty count={0} emptyTitle="Geen groepen">
        <ul />
      </ListOrEmpty>
    ));
    expect(host.querySelector('.empty-state__title')?.textContent).toBe('Geen groepen');
    expect(host.querySelector('.empty-state__text')).toBeNull();
  });
});

describe('Pagination', () => {
  it('shows the range and disables the way back on the first page', () => {
    const host = mount(() => <Pagination offset={0} limit={25} total={60} onOffset={() => {}} />);
    expect(host.textContent).toContain('1–25 van 60');
    const [previous, next] = host.querySelectorAll('button');
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
  });

  it('is not there when everything fits on one page', () => {
    const host = mount(() => <Pagination offset={0} limit={25} total={25} onOffset={() => {}} />);
    expect(host.querySelector('nav')).toBeNull();
  });
});

describe('FailureNotice', () => {
  it('shows nothing without a failure, and announces one in words with its helpdesk reference', () => {
    const [failure, setFailure] = createSignal<unknown>();
    const host = mount(() => <FailureNotice error={failure()} />);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    setFailure(
      new ApiError({
        status: 409,
        code: 'cheque.already_redeemed',
        message: 'Already redeemed',
        requestId: 'req_7',
      }),
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.className).toBe('notice notice--error');
    expect(alert?.textContent).toContain('Referentie voor de helpdesk: req_7');
  });
});

describe('ErrorNotice', () => {
  it('shows nothing without a message, and announces one as it is written', () => {
    const [message, setMessage] = createSignal<string>();
    const host = mount(() => <ErrorNotice error={message()} />);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    setMessage('Vul een reden in.');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.className).toBe('notice notice--error');
    expect(alert?.textContent).toBe('Vul een reden in.');
    setMessage(undefined);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('reads as the error line of a field when inline', () => {
    const host = mount(() => <ErrorNotice error="Deze maand heeft al een staat." inline />);
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.className).toBe('field__error');
    expect(alert?.textContent).toBe('Deze maand heeft al een staat.');
  });
});
