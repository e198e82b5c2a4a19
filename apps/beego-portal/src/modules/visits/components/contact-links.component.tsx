import { For, Show } from 'solid-js';
import type { BeegoKey } from '../../../i18n/beego.dictionary.nl';
import { t } from '../../../portal';
import { mapHref, telHref } from '../visits.grouping';

/**
 * The buttons to the client's address on a map and to call the client, each only when it is known.
 * `clientName`, when given, names the client for a screen reader (on a list of cards).
 */
export function ContactLinks(props: {
  address: string | null;
  phone: string | null;
  mapClass: string;
  clientName?: string;
}) {
  const links = (): {
    value: string | null;
    href: (value: string) => string;
    label: BeegoKey;
    class: string;
  }[] => [
    { value: props.address, href: mapHref, label: 'visits.openMap', class: props.mapClass },
    { value: props.phone, href: telHref, label: 'visits.call', class: 'button button--secondary' },
  ];
  return (
    <For each={links()}>
      {(link) => (
        <Show when={link.value}>
          {(value) => (
            <a class={link.class} href={link.href(value())}>
              {t(link.label)}
              <Show when={props.clientName}>
                {(name) => <span class="visually-hidden"> {t('visits.forClient', { name: name() })}</span>}
              </Show>
            </a>
          )}
        </Show>
      )}
    </For>
  );
}
