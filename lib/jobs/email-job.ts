// The e-mail job: deliver one e-mail of the outbox, idempotently.
import type { Principal } from "@/lib/access";
import { claimEmail, markFailed, markSent, messageIdFor } from "@/lib/data/outbox";
import { sendMail, type MailTransport } from "@/lib/mail/transport";
import { metrics } from "@/lib/ops/metrics";

export type DeliveryResult = "sent" | "skipped";

/**
 * Sends the e-mail unless it is sent already or another worker has it. On an SMTP failure the
 * e-mail goes back to the outbox with the error and this throws, so that pg-boss retries the job
 * with backoff.
 */
export async function deliverEmail(p: Principal, emailId: string, transport: MailTransport | null, from: string): Promise<DeliveryResult> {
  const email = await claimEmail(p, emailId);
  if (email === "sent") return "skipped";
  // Another worker holds it: if that worker died, its lease runs out and a later try sends it.
  if (email === "busy") throw new Error(`E-mail ${emailId} is being sent by another worker; trying again later.`);
  try {
    if (!transport) throw new Error("No SMTP server is configured (SMTP_URL).");
    await sendMail(transport, { from, to: email.to, subject: email.subject, text: email.text, html: email.html, messageId: messageIdFor(email.key) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    metrics().emailFailures.inc();
    await markFailed(p, email.id, message);
    throw new Error(`E-mail ${email.id} not sent (attempt ${email.attempts}): ${message}`);
  }
  await markSent(p, email.id);
  return "sent";
}
