import { CLIENT_LANGUAGES, type ClientLanguage } from '@digipakket/domain';
import { SelectField } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';

/**
 * The client's welcome pack as one PDF, in the client's language unless the social worker picks
 * another; languages show by their own name so the client can point at theirs.
 */
export function WelcomePackLink(props: { clientId: string; preferredLanguage: string }) {
  const [choice, setChoice] = createSignal<string>();
  const language = () => choice() ?? props.preferredLanguage;
  const autonym = () =>
    CLIENT_LANGUAGES.find((entry) => entry.code === (language() as ClientLanguage))?.autonym ?? language();
  return (
    <div class="inline-form">
      <SelectField
        name="welcome-pack-language"
        label={t('documents.pack.language')}
        value={language()}
        onValue={setChoice}
        options={CLIENT_LANGUAGES.map((entry) => ({
          value: entry.code,
          label: entry.autonym,
          lang: entry.code,
        }))}
      />
      <a
        href={`/api/clients/${encodeURIComponent(props.clientId)}/documents/welcome-pack.pdf?language=${language()}`}
        target="_blank"
        rel="noopener"
        data-testid="welcome-pack-link"
      >
        {t('documents.pack.print', { language: autonym() })}
      </a>
    </div>
  );
}
