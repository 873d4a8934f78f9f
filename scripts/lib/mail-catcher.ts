// The demo's mail catcher (issue 12): a real SMTP server (smtp-server) on a loopback port that keeps
// every message it receives in the database (CaughtMail), where /demo/epost shows them. `npm start`
// runs it when no SMTP_URL is configured; the end-to-end tests run it too. Never in production:
// with SMTP_URL set, mail goes to that server.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";

export interface MailCatcher {
  url: string;
  close(): Promise<void>;
}

export async function startMailCatcher(databaseUrl: string, port = 0): Promise<MailCatcher> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 3_000 });
  // An idle connection that dies (the database restarted) must not take the launcher down.
  pool.on("error", () => {});
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await pool.query(
            `insert into "CaughtMail" (id, "from", "to", subject, text, html, "messageId") values ($1, $2, $3, $4, $5, $6, $7)`,
            [
              randomUUID(),
              session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              session.envelope.rcptTo.map((r) => r.address).join(", "),
              mail.subject ?? "",
              mail.text ?? "",
              typeof mail.html === "string" ? mail.html : null,
              mail.messageId ?? null,
            ],
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
