import type { Config } from '../config/config';
import type { ChannelAdapters } from './messaging.channel';
import { createEmailChannel } from './messaging.email';
import { createSmsChannel } from './messaging.sms';

/** Where the SMS provider posts its delivery reports, under the API. */
export const SMS_REPORT_PATH = '/api/messages/delivery-reports/sms';

/** The channels this deployment configured: e-mail with `SMTP_HOST`, SMS with `SMS_API_URL`. */
export function createChannelAdapters({ config }: { config: Config }): ChannelAdapters {
  const { smtp, sms } = config.messages;
  return {
    ...(smtp ? { email: createEmailChannel({ settings: smtp }) } : {}),
    ...(sms
      ? {
          sms: createSmsChannel({ settings: sms, reportUrl: `${config.server.publicUrl}${SMS_REPORT_PATH}` }),
        }
      : {}),
  };
}
