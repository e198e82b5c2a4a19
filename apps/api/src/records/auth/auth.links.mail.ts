import type { Config } from '../../ground/config/config';
import type { ChannelResult } from '../../ground/messaging/messaging.channel';
import { createEmailChannel } from '../../ground/messaging/messaging.email';

const RESET_TEXT = {
  nl: (url: string, minutes: number) =>
    `Nieuw wachtwoord voor Digipakket. Open deze link om een nieuw wachtwoord te kiezen: ${url}\n\nDe link werkt één keer en ${minutes} minuten lang. Vroeg je dit niet aan? Dan hoef je niets te doen.`,
  en: (url: string, minutes: number) =>
    `New password for Digipakket. Open this link to choose a new password: ${url}\n\nThe link works once, for ${minutes} minutes. Did you not ask for this? Then you need not do anything.`,
  fr: (url: string, minutes: number) =>
    `Nouveau mot de passe pour Digipakket. Ouvrez ce lien pour choisir un nouveau mot de passe : ${url}\n\nLe lien fonctionne une fois, pendant ${minutes} minutes. Vous ne l’avez pas demandé ? Vous n’avez rien à faire.`,
} as const;

const INVITATION_TEXT = {
  nl: (url: string, days: number) =>
    `Je bent uitgenodigd voor Digipakket. Open deze link om je eigen wachtwoord te kiezen: ${url}\n\nDe link werkt één keer en ${days} dagen lang. Verwachtte je dit niet? Dan hoef je niets te doen.`,
  en: (url: string, days: number) =>
    `You are invited to Digipakket. Open this link to choose your own password: ${url}\n\nThe link works once, for ${days} days. Did you not expect this? Then you need not do anything.`,
  fr: (url: string, days: number) =>
    `Vous êtes invité·e à Digipakket. Ouvrez ce lien pour choisir votre propre mot de passe : ${url}\n\nLe lien fonctionne une fois, pendant ${days} jours. Vous ne l’attendiez pas ? Vous n’avez rien à faire.`,
} as const;

type LinkMail = { config: Config; id: string; to: string; url: string; locale: string };

/** Sends one link by e-mail in the user's language; undefined without sending when no SMTP is set up. */
async function sendLinkMail({
  config,
  id,
  to,
  locale,
  body,
}: LinkMail & { body: (language: 'nl' | 'en' | 'fr') => string }): Promise<ChannelResult | undefined> {
  const settings = config.messages.smtp;
  if (!settings) return undefined;
  const language = locale === 'en' || locale === 'fr' ? locale : 'nl';
  const channel = createEmailChannel({ settings });
  try {
    return await channel.send({ id, recipient: to, body: body(language), language });
  } finally {
    channel.close?.();
  }
}

/**
 * Sends an invitation link by e-mail, in the user's language, besides showing it once. Answers
 * undefined without sending when no SMTP server is configured.
 */
export function sendInvitationMail(mail: LinkMail): Promise<ChannelResult | undefined> {
  return sendLinkMail({
    ...mail,
    body: (language) => INVITATION_TEXT[language](mail.url, mail.config.sessions.invitationLinkDays),
  });
}

/**
 * Sends a reset link by e-mail through the deployment's SMTP server, in the user's language. Answers
 * undefined without sending when no SMTP server is configured: the admin hands a link over instead.
 */
export function sendResetMail(mail: LinkMail): Promise<ChannelResult | undefined> {
  return sendLinkMail({
    ...mail,
    body: (language) => RESET_TEXT[language](mail.url, mail.config.sessions.resetLinkMinutes),
  });
}
