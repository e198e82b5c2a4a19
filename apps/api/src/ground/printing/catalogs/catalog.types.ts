import type { ClientLanguage } from '@digipakket/domain';
import type { nl } from './nl.catalog';

/** A key of the Dutch reference catalog. */
export type MessageKey = keyof typeof nl.messages;

/** A message catalog for one language, with the same keys as the Dutch one. */
export type Catalog = {
  meta: {
    language: ClientLanguage;
    /** The language's own name. */
    name: string;
    /** True once a native speaker has checked the texts; machine-quality translations are false. */
    reviewed: boolean;
  };
  messages: Record<MessageKey, string>;
};
