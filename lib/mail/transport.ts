// SMTP (nodemailer): the one way e-mail leaves the app. SMTP_URL names the server; the demo's
// `npm start` points it at its own mail catcher (scripts/lib/mail-catcher.ts).
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export type MailTransport = Pick<Transporter, "sendMail" | "close">;

/** A transport for an smtp:// or smtps:// URL, with short timeouts: a server that hangs is a failure to retry, not a stuck worker. */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
}

export async function sendMail(transport: MailTransport, mail: OutgoingMail): Promise<void> {
  await transport.sendMail({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { "Auto-Submitted": "auto-generated" },
  });
}
