import { createSignal, type JSX, Show } from 'solid-js';
import type { SignInLink } from '../api/api.types';
import { useKitI18n } from '../i18n/use-kit-i18n';

/**
 * A sign-in link just issued, shown this once to whoever hands it over in person: the address to
 * copy or send, and the same as a QR code to scan with a phone. The heading takes the focus, so the
 * person who asked for it hears it.
 */
export function SignInLinkNotice(props: { link: SignInLink; name: string; title: string; titleId: string }) {
  const { t, formatDate } = useKitI18n();
  const expires = () => formatDate(new Date(props.link.expiresAt), { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section class="notice sign-in-link" aria-labelledby={props.titleId}>
      <h2 id={props.titleId} tabindex="-1">
        {props.title}
      </h2>
      <p>{t('signInLink.intro', { name: props.name, expires: expires() })}</p>
      <Show when={props.link.emailed}>
        <p>{t('signInLink.emailed', { name: props.name })}</p>
      </Show>
      <p>
        <span class="sign-in-link__label">{t('signInLink.url')}: </span>
        <a class="code sign-in-link__url" href={props.link.url} rel="noreferrer" data-testid="sign-in-link">
          {props.link.url}
        </a>
      </p>
      <img
        class="sign-in-link__qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.link.qrSvg)}`}
        alt={t('signInLink.qr', { name: props.name })}
        width="200"
        height="200"
      />
    </section>
  );
}

/** A link just issued, with whom it is for and the heading that announces it. */
export type ShownSignInLink = { link: SignInLink; name: string; title: string };

/**
 * The link a page has just issued, if any. Showing one moves the focus to its notice's heading
 * (`titleId`) once it is on screen; `Notice` is that notice while there is a link to show, followed by
 * its children (a button that puts it away, say).
 */
export function createShownSignInLink({ titleId }: { titleId: string }) {
  const [shown, setShown] = createSignal<ShownSignInLink>();
  const show = (value: ShownSignInLink) => {
    setShown(value);
    queueMicrotask(() => document.getElementById(titleId)?.focus());
  };
  const Notice = (props: { children?: JSX.Element }) => (
    <Show when={shown()}>
      {(done) => (
        <>
          <SignInLinkNotice link={done().link} name={done().name} title={done().title} titleId={titleId} />
          {props.children}
        </>
      )}
    </Show>
  );
  return { shown, show, hide: () => setShown(undefined), Notice };
}
