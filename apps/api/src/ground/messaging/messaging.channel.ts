/**
 * One message as a channel adapter sends it: our id (the provider's idempotency key or the e-mail's
 * Message-ID), where it goes, and the rendered text in the client's language.
 */
export type OutgoingMessage = {
  id: string;
  recipient: string;
  body: string;
  language: string;
};

/**
 * What the channel answered: accepted (with the provider's reference), or refused, for good
 * (`permanent`: a wrong number, an address the server rejects) or for now (the provider or the
 * network is down, a rate limit), with a reason code.
 */
export type ChannelResult =
  | { ok: true; providerRef: string }
  | { ok: false; permanent: boolean; reason: string };

/** A way to reach a client (SMS gateway, SMTP server), behind one interface. */
export type ChannelAdapter = {
  send: (message: OutgoingMessage) => Promise<ChannelResult>;
  close?: () => void;
};

/** The adapters this deployment has configured; a channel without one is not sent on. */
export type ChannelAdapters = Partial<Record<'sms' | 'email', ChannelAdapter>>;
