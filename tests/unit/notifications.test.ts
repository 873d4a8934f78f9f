// The rules of notifications (issue 12): when a reminder is due, how a message reaches a person,
// and what an e-mail says (why it came, how to change that, never a figure).
import { describe, expect, it } from "vitest";
import { daysBetween, deadlineReminder, deliveryMode, figuresReminder, kindsFor } from "@/lib/domain/notifications";
import { renderDigestMail, renderNotificationMail } from "@/lib/mail/render";

describe("deadline reminders", () => {
  const at = (today: string) => deadlineReminder(today, "2021-03-01", [14, 3]);

  it("come 14 and 3 days before, never further out, and not on the day itself", () => {
    expect(at("2021-02-14")).toBeNull(); // 15 days before
    expect(at("2021-02-15")).toEqual({ point: "before-14", daysLeft: 14 });
    expect(at("2021-02-20")).toEqual({ point: "before-14", daysLeft: 9 }); // the same point: its key sends it once
    expect(at("2021-02-26")).toEqual({ point: "before-3", daysLeft: 3 });
    expect(at("2021-02-28")).toEqual({ point: "before-3", daysLeft: 1 });
    expect(at("2021-03-01")).toBeNull();
  });

  it("after a day without a run, send only the latest point reached, never two at once", () => {
    expect(at("2021-02-27")).toEqual({ point: "before-3", daysLeft: 2 });
  });

  it("come the day after the deadline, then every 7 days while overdue", () => {
    expect(at("2021-03-02")).toEqual({ point: "overdue-1", daysLeft: -1 });
    expect(at("2021-03-08")).toEqual({ point: "overdue-1", daysLeft: -7 });
    expect(at("2021-03-09")).toEqual({ point: "overdue-8", daysLeft: -8 });
    expect(at("2021-03-16")).toEqual({ point: "overdue-15", daysLeft: -15 });
  });

  it("follow the round's own days", () => {
    expect(deadlineReminder("2021-02-01", "2021-03-01", [30, 7])).toEqual({ point: "before-30", daysLeft: 28 });
    expect(deadlineReminder("2021-02-01", "2021-03-01", [])).toBeNull();
  });

  it("count calendar days across the change to summer time", () => {
    expect(daysBetween("2021-03-27", "2021-03-29")).toBe(2);
  });
});

describe("figures reminders", () => {
  it("come from 14 days before the ministry's date, and after it", () => {
    expect(figuresReminder("2021-03-17", "2021-04-01")).toBeNull();
    expect(figuresReminder("2021-03-18", "2021-04-01")).toEqual({ point: "before", daysLeft: 14 });
    expect(figuresReminder("2021-04-01", "2021-04-01")).toEqual({ point: "before", daysLeft: 0 });
    expect(figuresReminder("2021-04-02", "2021-04-01")).toEqual({ point: "overdue", daysLeft: -1 });
  });
});

describe("delivery", () => {
  it("follows the person's choice, except for what the round requires", () => {
    expect(deliveryMode("PLAN_REVIEWED", undefined)).toBe("IMMEDIATE");
    expect(deliveryMode("PLAN_REVIEWED", "DAILY")).toBe("DAILY");
    expect(deliveryMode("PLAN_REVIEWED", "OFF")).toBe("OFF");
    expect(deliveryMode("ROUND_SENT", "OFF")).toBe("IMMEDIATE");
    expect(deliveryMode("PLAN_DEADLINE", "DAILY")).toBe("IMMEDIATE");
  });

  it("lists for each role the kinds it can receive", () => {
    expect(kindsFor("AGENCY_HR", "AGENCY")).toContain("PLAN_REVIEWED");
    expect(kindsFor("AGENCY_HR", "AGENCY")).toContain("PLAN_SIGNOFF");
    expect(kindsFor("LEADER", "AGENCY")).toEqual(["ROUND_SENT", "PLAN_DEADLINE", "PLAN_SIGNOFF", "SECTOR_PLAN_PUBLISHED"]);
    expect(kindsFor("ADVISER", "MINISTRY")).toEqual(["PLAN_SUBMITTED", "OVERDUE_OVERVIEW"]);
    expect(kindsFor("AUDITOR", "AUDIT_OFFICE")).toEqual([]);
  });
});

describe("an e-mail", () => {
  const to = { name: "Kari Nordmann", organisationName: "Husbanken", reason: "agencyHr" as const };

  it("says what happened, links to it, says why it came and how to change that, as text and accessible HTML", () => {
    const mail = renderNotificationMail(
      "PLAN_REVIEWED",
      { kind: "PLAN_REVIEWED", agencyName: "Husbanken", roundTitle: "Handlingsplan (2020)", outcome: "CHANGES_REQUESTED", message: "Skriv mer om mål <2>." },
      "/planer/p1",
      to,
      "https://dugnad.example.no",
    );
    expect(mail.subject).toBe("Departementet ber om endringer i handlingsplanen");
    expect(mail.text).toContain("Hei, Kari Nordmann.");
    expect(mail.text).toContain("Melding fra departementet: Skriv mer om mål <2>.");
    expect(mail.text).toContain("Åpne handlingsplanen: https://dugnad.example.no/planer/p1");
    expect(mail.text).toContain("Du får denne e-posten fordi du er HR-ansvarlig for Husbanken i Dugnad.");
    expect(mail.text).toContain("https://dugnad.example.no/profil/varsler");
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(mail.html).toContain("<title>Departementet ber om endringer i handlingsplanen</title>");
    expect(mail.html).toContain("<h1");
    expect(mail.html).toContain("mål &lt;2&gt;."); // the adviser's words, escaped
    expect(mail.html).toContain('<a href="https://dugnad.example.no/planer/p1">Åpne handlingsplanen</a>');
    expect(mail.text).not.toContain("kan ikke slås av");
  });

  it("that a round requires says it cannot be switched off", () => {
    const mail = renderNotificationMail("ROUND_SENT", { kind: "ROUND_SENT", letterTitle: "Tillegg 3", deadline: "2021-03-01", agencyName: "Husbanken" }, "/brev/l1", to, "http://localhost:3000");
    expect(mail.subject).toBe("Nytt brev fra departementet: Tillegg 3");
    expect(mail.text).toContain("innen 1. mars 2021");
    expect(mail.text).toContain("Meldingen kan ikke slås av: runden krever den.");
  });

  it("has no figures: the texts take none", () => {
    const mail = renderNotificationMail("FIGURES_DUE", { kind: "FIGURES_DUE", agencyName: "Husbanken", year: 2020, dueOn: "2021-04-01", daysLeft: 5 }, "/tall?aar=2020", to, "http://localhost:3000");
    expect(mail.text).toContain("har ikke rapportert nytilsatte for 2020");
    expect(mail.text).toContain("Tall sendes aldri på e-post.");
    expect(mail.text).not.toMatch(/\d+ ?%/);
  });

  it("as a digest lists the day's messages with their links", () => {
    const mail = renderDigestMail(
      [
        { kind: "PLAN_REVIEWED", params: { kind: "PLAN_REVIEWED", agencyName: "Husbanken", roundTitle: "R", outcome: "APPROVED", message: null }, link: "/planer/p1" },
        { kind: "SECTOR_PLAN_PUBLISHED", params: { kind: "SECTOR_PLAN_PUBLISHED", title: "Sektorplan", versionNumber: 2, agencyName: "Husbanken" }, link: "/sektorplan/s1" },
      ],
      { name: "Kari" },
      "http://localhost:3000",
    );
    expect(mail.subject).toBe("Dagens 2 varsler fra Dugnad");
    expect(mail.text).toContain("- Departementet har godkjent handlingsplanen");
    expect(mail.text).toContain("Les sektorens handlingsplan: http://localhost:3000/sektorplan/s1");
    expect(mail.html).toContain("<ul>");
  });
});

describe("issue 13: a revision and the leader's sign-off in the e-mail", () => {
  const to = { name: "Kari Nordmann", organisationName: "KMD", reason: "adviser" as const };

  it("tells the adviser that a resubmitted plan is a revision of the approved one", () => {
    const mail = renderNotificationMail(
      "PLAN_SUBMITTED",
      { kind: "PLAN_SUBMITTED", agencyName: "Husbanken", roundTitle: "Handlingsplan (2021)", versionNumber: 3, revision: true },
      "/planer/p1",
      to,
      "https://dugnad.test",
    );
    expect(mail.subject).toBe("Husbanken har sendt inn en revidert handlingsplan (versjon 3)");
    expect(mail.text).toContain("Den godkjente versjonen gjelder til revisjonen er godkjent.");
  });

  it("tells HR the leader's answer, with the leader's comment", () => {
    const mail = renderNotificationMail(
      "PLAN_SIGNOFF",
      { kind: "PLAN_SIGNOFF", agencyName: "Husbanken", roundTitle: "Handlingsplan (2021)", outcome: "RETURNED", message: "Skriv mer om mål." },
      "/planer/p1",
      { ...to, reason: "agencyHr" },
      "https://dugnad.test",
    );
    expect(mail.subject).toBe("Lederen har sendt handlingsplanen tilbake");
    expect(mail.text).toContain("Melding fra lederen: Skriv mer om mål.");
    expect(mail.html).toContain("https://dugnad.test/planer/p1");
  });
});
