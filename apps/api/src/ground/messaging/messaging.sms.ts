import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChannelAdapter, ChannelResult, OutgoingMessage } from './messaging.channel';

export type SmsSettings = { apiUrl: string; apiKey: string; sender: string; reportSecret: string };

/** The header the provider's delivery reports carry their signature in: `sha256=<hex HMAC of the body>`. */
export const SMS_SIGNATURE_HEADER = 'x-hub-signature-256';

/** The signature of a delivery report's raw body with the shared secret. */
export function signSmsReport({ body, secret }: { body: string; secret: string }): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Whether a report's signature header matches its raw body; compared in constant time. */
export function verifySmsReport({
  body,
  signature,
  secret,
}: {
  body: string;
  signature: string;
  secret: string;
}): boolean {
  const expected = Buffer.from(signSmsReport({ body, secret }));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

type SendAnswer = {
  messages?: { messageId?: string; status?: { groupName?: string; name?: string } }[];
};

/**
 * SMS through Infobip's SMS API (`POST /sms/3/messages`). Our message id is the destination's
 * `messageId`: with idempotent sending on for the account, the provider refuses to send a second
 * copy of an id it already accepted, so an attempt repeated after a crash between handing over and
 * recording does not reach the phone twice. Delivery reports come to `reportUrl`.
 */
export function createSmsChannel({
  settings,
  reportUrl,
  timeoutMs = 10_000,
}: {
  settings: SmsSettings;
  reportUrl: string;
  timeoutMs?: number;
}): ChannelAdapter {
  const url = `${settings.apiUrl.replace(/\/+$/, '')}/sms/3/messages`;
  return {
    async send(message: OutgoingMessage): Promise<ChannelResult> {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            authorization: `App ${settings.apiKey}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify({
            messages: [
              {
                sender: settings.sender,
                destinations: [{ to: message.recipient.replace(/[^0-9]/g, ''), messageId: message.id }],
                content: { text: message.body },
                webhooks: { delivery: { url: reportUrl } },
              },
            ],
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        return { ok: false, permanent: false, reason: 'sms.gateway_unavailable' };
      }
      if (response.status === 429 || response.status >= 500) {
        return { ok: false, permanent: false, reason: 'sms.gateway_unavailable' };
      }
      if (!response.ok) return { ok: false, permanent: true, reason: 'sms.rejected' };
      const answer = (await response.json().catch(() => ({}))) as SendAnswer;
      const [sent] = answer.messages ?? [];
      if (sent?.status?.groupName === 'REJECTED') {
        return { ok: false, permanent: true, reason: 'sms.number_invalid' };
      }
      return { ok: true, providerRef: sent?.messageId ?? message.id };
    },
  };
}
