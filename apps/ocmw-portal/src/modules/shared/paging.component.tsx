import { Pagination } from '@digipakket/portal-kit';
import { type Accessor, createSignal } from 'solid-js';

/** Where a list the API pages stands: its first row on screen and how many rows a page holds. */
export interface Paging {
  limit: number;
  offset: Accessor<number>;
  setOffset: (offset: number) => void;
  /** Back to the first page, as a new search or filter asks. */
  restart: () => void;
}

/** The paging of a list of `limit` rows a page, starting on the first page. */
export function createPaging(limit: number): Paging {
  const [offset, setOffset] = createSignal(0);
  return { limit, offset, setOffset, restart: () => setOffset(0) };
}

/** The previous and next buttons of a list paged with `paging`, out of `total` rows. */
export function PagingButtons(props: { paging: Paging; total: number }) {
  return (
    <Pagination
      offset={props.paging.offset()}
      limit={props.paging.limit}
      total={props.total}
      onOffset={props.paging.setOffset}
    />
  );
}
