import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  id: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** Sends one message or throws (nodemailer errors carry `responseCode` for SMTP replies). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Each timeout bounds one SMTP exchange, so a message's delivery attempt cannot outlive its claim. */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
export const SEND_BUDGET_MS = SMTP_TIMEOUTS_MS.connectionTimeout + SMTP_TIMEOUTS_MS.greetingTimeout + SMTP_TIMEOUTS_MS.socketTimeout;

/**
 * SMTP through nodemailer. The Message-ID is derived from the outbox row, so in the rare case of a
 * resend after a crash (sent, but not yet marked) receiving servers can recognize the duplicate.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter: Transporter = createTransport({ url, ...SMTP_TIMEOUTS_MS });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'redazione.local';
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.recipient,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
        messageId: `<${mail.id}@${domain}>`,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * SMTP 5xx replies are permanent (unknown mailbox, policy refusal): retrying cannot help. Everything
 * else (4xx, refused or dropped connections, timeouts) is worth another attempt.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number } | undefined)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
