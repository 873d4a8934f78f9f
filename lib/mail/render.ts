// E-mails as plain text and accessible HTML (lang, a title, a heading, real paragraphs, links with
// words that say where they go), made from notifications. No figures: links only. Each e-mail is
// in its recipient's language (User.locale; bokmål when they have not chosen).
import type { NotificationKind, NotificationParams, RecipientReason } from "@/lib/domain/notifications";
import { REQUIRED_KINDS } from "@/lib/domain/notifications";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { notificationTexts } from "@/lib/i18n/notifications";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface Recipient {
  name: string;
  organisationName: string;
  reason: RecipientReason;
}

export const SETTINGS_PATH = "/profil/varsler";

/** A person's stored language (User.locale), bokmål when none or an unknown one is stored. */
export const mailLocale = (stored: string | null | undefined): Locale => (isLocale(stored) ? stored : DEFAULT_LOCALE);

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string, locale: Locale): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">
${body}
</body>
</html>`;
}

const absolute = (baseUrl: string, path: string) => new URL(path, baseUrl).toString();

function footer(baseUrl: string, lines: string[], t: ReturnType<typeof texts>["mail"]): { text: string; html: string } {
  const settings = absolute(baseUrl, SETTINGS_PATH);
  return {
    text: ["--", ...lines, `${t.change} ${settings}`, t.signature].join("\n"),
    html: `<hr>\n${lines.map((l) => `<p style="font-size: 14px;">${escape(l)}</p>`).join("\n")}\n<p style="font-size: 14px;">${escape(t.change)} <a href="${escape(settings)}">${escape(t.settingsLabel)}</a></p>\n<p style="font-size: 14px;">${escape(t.signature)}</p>`,
  };
}

const texts = (locale: Locale) => textsIn(notificationTexts, locale);

/** One notification as its own e-mail, in the recipient's language. */
export function renderNotificationMail(
  kind: NotificationKind,
  params: NotificationParams,
  link: string,
  to: Recipient,
  baseUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): RenderedMail {
  const n = texts(locale);
  const t = n.mail;
  const subject = n.title(params);
  const body = n.body(params);
  const url = absolute(baseUrl, link);
  const foot = footer(baseUrl, [t.reason(to.reason, to.organisationName), ...(REQUIRED_KINDS.has(kind) ? [t.required] : []), t.noFigures], t);
  const text = [t.greeting(to.name), "", ...body, "", `${n.linkLabel[kind]}: ${url}`, "", foot.text].join("\n");
  const html = page(
    subject,
    [
      `<h1 style="font-size: 20px;">${escape(subject)}</h1>`,
      `<p>${escape(t.greeting(to.name))}</p>`,
      ...body.map((p) => `<p>${escape(p)}</p>`),
      `<p><a href="${escape(url)}">${escape(n.linkLabel[kind])}</a></p>`,
      foot.html,
    ].join("\n"),
    locale,
  );
  return { subject, text, html };
}

/** A day's notifications of the kinds a person wants as a digest, in one e-mail, in their language. */
export function renderDigestMail(
  items: { kind: NotificationKind; params: NotificationParams; link: string }[],
  to: { name: string },
  baseUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): RenderedMail {
  const n = texts(locale);
  const t = n.mail;
  const subject = t.digestSubject(items.length);
  const foot = footer(baseUrl, [t.digestReason, t.noFigures], t);
  const lines = items.map((i) => ({ title: n.title(i.params), url: absolute(baseUrl, i.link), label: n.linkLabel[i.kind] }));
  const text = [t.greeting(to.name), "", t.digestIntro, "", ...lines.flatMap((l) => [`- ${l.title}`, `  ${l.label}: ${l.url}`]), "", foot.text].join("\n");
  const html = page(
    subject,
    [
      `<h1 style="font-size: 20px;">${escape(subject)}</h1>`,
      `<p>${escape(t.greeting(to.name))}</p>`,
      `<p>${escape(t.digestIntro)}</p>`,
      `<ul>\n${lines.map((l) => `<li>${escape(l.title)} – <a href="${escape(l.url)}">${escape(l.label)}</a></li>`).join("\n")}\n</ul>`,
      foot.html,
    ].join("\n"),
    locale,
  );
  return { subject, text, html };
}
