import nodemailer from 'nodemailer';
import type { ChannelAdapter, ChannelResult, OutgoingMessage } from './messaging.channel';

export type SmtpSettings = {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
};

/** The Message-ID header of a message: the same on every attempt, so a receiver can tell a repeat. */
export function emailMessageId({ id, from }: { id: string; from: string }): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'digipakket.invalid';
  return `<${id}@${domain}>`;
}

/** The subject: the text's first sentence, short, so a phone's list shows what it is about. */
function subjectOf(body: string): string {
  const first = body.split(/(?<=[.!?])\s/)[0] ?? body;
  return first.length <= 78 ? first : `${first.slice(0, 75)}...`;
}

/**
 * E-mail through an SMTP server with nodemailer. A reply code the SMTP standard calls permanent (5xx)
 * or a rejected recipient fails the message for good; anything else (no connection, 4xx) is tried
 * again later.
 */
export function createEmailChannel({ settings }: { settings: SmtpSettings }): ChannelAdapter {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message: OutgoingMessage): Promise<ChannelResult> {
      const messageId = emailMessageId({ id: message.id, from: settings.from });
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: message.recipient,
          subject: subjectOf(message.body),
          text: message.body,
          messageId,
          headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
        });
        if ((info.rejected ?? []).length > 0 && (info.accepted ?? []).length === 0) {
          return { ok: false, permanent: true, reason: 'email.address_rejected' };
        }
        return { ok: true, providerRef: messageId };
      } catch (error) {
        const responseCode = (error as { responseCode?: number }).responseCode;
        if (typeof responseCode === 'number' && responseCode >= 500) {
          return { ok: false, permanent: true, reason: 'email.address_rejected' };
        }
        return { ok: false, permanent: false, reason: 'email.server_unavailable' };
      }
    },
    close: () => transport.close(),
  };
}
