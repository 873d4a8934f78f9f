import { Heading, Paragraph } from "@/components/ds/primitives";
import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { notificationUiTexts } from "@/lib/i18n/notifications";
import { requestLocale } from "@/lib/i18n/server";

interface Mail {
  id: string;
  receivedAt: Date;
  to: string;
  subject: string;
  text: string;
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A line of plain text with its web addresses as links (the e-mails' links are the point). */
function Linked({ line }: { line: string }) {
  const parts = line.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The caught e-mails, newest first, each as its subject, recipient and plain-text body. */
export async function CaughtMailList({ mails }: { mails: Mail[] }) {
  const locale = await requestLocale();
  const t = textsIn(notificationUiTexts, locale).demo;
  if (mails.length === 0) return <Paragraph>{t.none}</Paragraph>;
  return (
    <ul className="flex flex-col gap-6" aria-label={t.label}>
      {mails.map((m) => (
        <li key={m.id} className="rounded border border-gray-300 p-4">
          <article aria-labelledby={`epost-${m.id}`}>
            <Heading level={2} data-size="xs" id={`epost-${m.id}`}>
              {m.subject}
            </Heading>
            <Paragraph data-size="sm">
              {t.to(m.to, formatDateTime(m.receivedAt, locale))}
            </Paragraph>
            <div className="mt-2 whitespace-pre-wrap break-words font-mono text-sm">
              {m.text.split("\n").map((line, i) => (
                <span key={i}>
                  <Linked line={line} />
                  {"\n"}
                </span>
              ))}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
