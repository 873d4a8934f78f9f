// Notifications and their e-mails in English (issue 14): every kind reads in English, with English
// dates, and the e-mail says it is English (lang="en"); without a language an e-mail is in bokmål.
import { describe, expect, it } from "vitest";
import type { NotificationParams } from "@/lib/domain/notifications";
import { textsIn } from "@/lib/i18n/messages";
import { notificationTexts } from "@/lib/i18n/notifications";
import { mailLocale, renderDigestMail, renderNotificationMail } from "@/lib/mail/render";

const every: NotificationParams[] = [
  { kind: "ROUND_SENT", letterTitle: "Tillegg 3", deadline: "2021-03-01", agencyName: "Husbanken" },
  { kind: "PLAN_DEADLINE", roundTitle: "Tillegg 3 (2021)", deadline: "2021-03-01", agencyName: "Husbanken", daysLeft: 3 },
  { kind: "PLAN_DEADLINE", roundTitle: "Tillegg 3 (2021)", deadline: "2021-03-01", agencyName: "Husbanken", daysLeft: -1 },
  { kind: "PLAN_SUBMITTED", agencyName: "Husbanken", roundTitle: "Tillegg 3 (2021)", versionNumber: 2, revision: false },
  { kind: "PLAN_REVIEWED", agencyName: "Husbanken", roundTitle: "Tillegg 3 (2021)", outcome: "CHANGES_REQUESTED", message: "More on goals.", revision: true },
  { kind: "PLAN_SIGNOFF", agencyName: "Husbanken", roundTitle: "Tillegg 3 (2021)", outcome: "RETURNED", message: null },
  { kind: "FIGURES_DUE", agencyName: "Husbanken", year: 2020, dueOn: "2021-04-01", daysLeft: 5 },
  { kind: "SECTOR_PLAN_PUBLISHED", title: "Action plan 2027", versionNumber: 2, agencyName: "Husbanken" },
  { kind: "OVERDUE_OVERVIEW", date: "2021-03-02", agencies: [{ name: "Husbanken", roundTitle: "Tillegg 3 (2021)", deadline: "2021-03-01" }] },
];
const to = { name: "Kari Nordmann", organisationName: "Husbanken", reason: "agencyHr" as const };

describe("a notification in English", () => {
  it.each(every.map((p) => [`${p.kind}`, p] as const))("%s has an English title and body", (_kind, p) => {
    const t = textsIn(notificationTexts, "en");
    const words = [t.title(p), ...t.body(p)].join(" ");
    expect(words).not.toMatch(/[æøåÆØÅ]|\b(og|har|ikke|fristen)\b/);
    expect(words).not.toBe(textsIn(notificationTexts, "nb").title(p));
  });

  it("writes dates the English way", () => {
    const t = textsIn(notificationTexts, "en");
    expect(t.body(every[0]!).join(" ")).toContain("1 March 2021");
  });
});

describe("an e-mail in the recipient's language", () => {
  it("is English for a person who chose English, with lang=\"en\"", () => {
    const mail = renderNotificationMail("ROUND_SENT", every[0]!, "/brev/l1", to, "http://localhost:3000", "en");
    expect(mail.subject).toBe("New letter from the ministry: Tillegg 3");
    expect(mail.text).toContain("Hello Kari Nordmann,");
    expect(mail.text).toContain("Read the letter: http://localhost:3000/brev/l1");
    expect(mail.text).toContain("Figures are never sent by e-mail.");
    expect(mail.html).toContain('<html lang="en">');
  });

  it("is bokmål when the person has not chosen", () => {
    expect(mailLocale(null)).toBe("nb");
    expect(mailLocale("xx")).toBe("nb");
    expect(mailLocale("en")).toBe("en");
    const mail = renderNotificationMail("ROUND_SENT", every[0]!, "/brev/l1", to, "http://localhost:3000");
    expect(mail.subject).toBe("Nytt brev fra departementet: Tillegg 3");
    expect(mail.html).toContain('<html lang="nb">');
  });

  it("gathers a digest in English", () => {
    const mail = renderDigestMail([{ kind: "FIGURES_DUE", params: every[6]!, link: "/tall?aar=2020" }], { name: "Kari" }, "http://localhost:3000", "en");
    expect(mail.subject).toBe("Today's notification from Dugnad");
    expect(mail.text).toContain("Report the figures: http://localhost:3000/tall?aar=2020");
  });
});
