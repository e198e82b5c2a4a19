import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SMS_SIGNATURE_HEADER, signSmsReport } from '../../ground/messaging/messaging.sms';

/** One SMS the fake gateway accepted. */
export type FakeSms = { messageId: string; to: string; text: string; sender: string };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local stand-in for the SMS provider's HTTP API (Infobip's `POST /sms/3/messages`): it records
 * every request, sends (records in `sent`) each `messageId` once like the provider's idempotent
 * sending, answers as the provider does, and posts a signed delivery report to the message's webhook.
 * `failNext` makes the next requests answer a status (503: transient, 400: permanent) or a rejected
 * number (`'rejected'`).
 */
export async function startFakeSmsGateway({
  reportSecret,
  report = 'DELIVERED',
  beforeAnswer,
}: {
  reportSecret: string;
  /** The delivery report's status group posted back; null posts none. */
  report?: string | null;
  /** Runs after an SMS was sent and before the sender hears so (kill the sender here to play a crash). */
  beforeAnswer?: (sms: FakeSms) => Promise<void> | void;
}) {
  const requests: { messageId: string; to: string; authorization: string | undefined }[] = [];
  const sent: FakeSms[] = [];
  const sentIds = new Set<string>();
  const failures: (number | 'rejected')[] = [];
  const reports: Promise<unknown>[] = [];
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    if (request.method !== 'POST' || request.url !== '/sms/3/messages') {
      response.writeHead(404).end();
      return;
    }
    const payload = JSON.parse(body) as {
      messages: {
        sender: string;
        destinations: { to: string; messageId: string }[];
        content: { text: string };
        webhooks?: { delivery?: { url?: string } };
      }[];
    };
    const message = payload.messages[0]!;
    const destination = message.destinations[0]!;
    requests.push({
      messageId: destination.messageId,
      to: destination.to,
      authorization: request.headers.authorization,
    });
    const failure = failures.shift();
    if (typeof failure === 'number') {
      response.writeHead(failure, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const rejected = failure === 'rejected';
    const repeat = sentIds.has(destination.messageId);
    if (!rejected && !repeat) {
      const sms = {
        messageId: destination.messageId,
        to: destination.to,
        text: message.content.text,
        sender: message.sender,
      };
      sent.push(sms);
      sentIds.add(sms.messageId);
      await beforeAnswer?.(sms);
    }
    if (response.destroyed || request.socket.destroyed) return;
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        bulkId: `bulk-${requests.length}`,
        messages: [
          {
            messageId: destination.messageId,
            status: rejected
              ? { groupName: 'REJECTED', name: 'REJECTED_DESTINATION' }
              : { groupName: 'PENDING', name: 'PENDING_ACCEPTED' },
          },
        ],
      }),
    );
    const url = message.webhooks?.delivery?.url;
    if (report && url && !rejected && !repeat) {
      const reportBody = JSON.stringify({
        results: [
          { messageId: destination.messageId, status: { groupName: report, name: `${report}_TO_HANDSET` } },
        ],
      });
      reports.push(
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SMS_SIGNATURE_HEADER]: signSmsReport({ body: reportBody, secret: reportSecret }),
          },
          body: reportBody,
        }).catch(() => undefined),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent,
    failNext: (...statuses: (number | 'rejected')[]) => failures.push(...statuses),
    /** Resolves once every delivery report posted so far was answered. */
    reportsPosted: () => Promise.all(reports),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One e-mail the SMTP server received. */
export type ReceivedEmail = {
  to: string[];
  messageId: string;
  language: string;
  subject: string;
  text: string;
};

function header(head: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return (match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ').trim();
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s?/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A real SMTP server (the `smtp-server` package) on a free local port, keeping what it receives. */
export async function startTestSmtpServer() {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.search(/\r?\n\r?\n/);
        const head = raw.slice(0, split);
        const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
        const encoding = header(head, 'Content-Transfer-Encoding').toLowerCase();
        const text =
          encoding === 'base64'
            ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
            : encoding === 'quoted-printable'
              ? decodeQuotedPrintable(body)
              : body;
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          messageId: header(head, 'Message-ID'),
          language: header(head, 'Content-Language'),
          subject: decodeWords(header(head, 'Subject')),
          text: text.replace(/\r?\n$/, '').replace(/\r\n/g, '\n'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
