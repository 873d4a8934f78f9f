// The administration's forms, query parameters and the audit log's summaries (no database).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ROLES, ROLES_BY_KIND, roleFitsOrganisation, type OrganisationKind } from "@/lib/access/grants";
import { inviteSchema, normaliseAddress, organisationSchema } from "@/lib/domain/admin-schemas";
import { parseAuditLogQuery, parseCalendarDate, parseUserListQuery, startOfNextNorwegianDay, startOfNorwegianDay } from "@/lib/domain/admin-queries";
import { auditKindLabel, summariseAuditEvent } from "@/lib/domain/audit-summary";
import { adminText as t } from "@/lib/i18n/admin-nb";

const errorsOf = (r: { success: boolean; error?: z.ZodError }) => (r.error ? (z.flattenError(r.error).fieldErrors as Record<string, string[]>) : {});

describe("which roles fit which organisation", () => {
  it("gives a ministry advisers, leaders and administrators, an agency HR and leaders, the audit office auditors", () => {
    const fits = (kind: OrganisationKind) => ROLES.filter((r) => roleFitsOrganisation(r, kind));
    expect(fits("MINISTRY")).toEqual(["ADVISER", "LEADER", "ADMIN"]);
    expect(fits("AGENCY")).toEqual(["AGENCY_HR", "LEADER"]);
    expect(fits("AUDIT_OFFICE")).toEqual(["AUDITOR"]);
    // No administrator outside a ministry: the administrator's reach is a ministry's sector.
    for (const kind of ["AGENCY", "AUDIT_OFFICE"] as const) expect(ROLES_BY_KIND[kind]).not.toContain("ADMIN");
  });
});

describe("the invitation form", () => {
  it("stores the e-mail in lower case and trims the name", () => {
    const r = inviteSchema.safeParse({ email: "  Kari.Nordmann@Husbanken.NO ", name: "  Kari   Nordmann ", role: "AGENCY_HR", organisationId: "org_1" });
    expect(r.success && r.data).toEqual({ email: "kari.nordmann@husbanken.no", name: "Kari Nordmann", role: "AGENCY_HR", organisationId: "org_1" });
  });

  it("names every problem next to its field", () => {
    const e = errorsOf(inviteSchema.safeParse({ email: "kari@", name: " ", role: "KING", organisationId: "" }));
    expect(e.email).toEqual([t.errors.emailFormat]);
    expect(e.name).toEqual([t.errors.required]);
    expect(e.role).toEqual([t.errors.chooseRole]);
    expect(e.organisationId).toEqual([t.errors.chooseOrganisation]);
  });

  it("refuses a NUL or another control character in a name (PostgreSQL refuses NUL)", () => {
    expect(errorsOf(inviteSchema.safeParse({ email: "a@b.no", name: "Kari\u0000", role: "ADVISER", organisationId: "x" })).name).toEqual([t.errors.badCharacters]);
    expect(errorsOf(inviteSchema.safeParse({ email: "a@b.no", name: "x".repeat(201), role: "ADVISER", organisationId: "x" })).name).toEqual([t.errors.tooLong(200)]);
  });
});

describe("the agency form", () => {
  const valid = { name: "Statens kartverk", shortName: "Kartverket", orgNumber: "971 040 238", postalAddress: "Postboks 600 Sentrum\n3507 HØNEFOSS" };

  it("accepts a valid agency, with the org number's spaces dropped", () => {
    const r = organisationSchema.safeParse(valid);
    expect(r.success && r.data).toEqual({ ...valid, orgNumber: "971040238" });
  });

  it("refuses a wrong check digit with the reason, and a wrong length with the format", () => {
    expect(errorsOf(organisationSchema.safeParse({ ...valid, orgNumber: "971040239" })).orgNumber).toEqual([t.errors.orgNumber.checkDigit]);
    expect(errorsOf(organisationSchema.safeParse({ ...valid, orgNumber: "97104023" })).orgNumber).toEqual([t.errors.orgNumber.format]);
    expect(errorsOf(organisationSchema.safeParse({ ...valid, orgNumber: "" })).orgNumber).toEqual([t.errors.orgNumber.missing]);
  });

  it("reads an address on one line with commas or on several lines, and wants the postcode last", () => {
    expect(normaliseAddress("Postboks 1404,  8002 BODØ")).toBe("Postboks 1404\n8002 BODØ");
    expect(normaliseAddress("  Postboks 8112 Dep \r\n\r\n 0032 Oslo ")).toBe("Postboks 8112 Dep\n0032 Oslo");
    expect(errorsOf(organisationSchema.safeParse({ ...valid, postalAddress: "Postboks 600 Sentrum" })).postalAddress).toEqual([t.errors.addressPostcode]);
    expect(errorsOf(organisationSchema.safeParse({ ...valid, postalAddress: "a\nb\nc\nd\n3507 HØNEFOSS" })).postalAddress).toEqual([t.errors.addressLines]);
    expect(errorsOf(organisationSchema.safeParse({ ...valid, postalAddress: "" })).postalAddress).toEqual([t.errors.required]);
  });

  it("refuses a short name with characters that are no name", () => {
    expect(errorsOf(organisationSchema.safeParse({ ...valid, shortName: "=HYPERLINK()" })).shortName).toEqual([t.errors.shortNameFormat]);
  });
});

describe("query parameters", () => {
  it("of the user list: good ones kept, bad ones named and left out", () => {
    expect(parseUserListQuery({ sok: " kari ", rolle: "ADMIN", status: "deaktivert", side: "2" })).toEqual({
      query: { sok: "kari", rolle: "ADMIN", status: "deactivated", side: 2 },
      problems: {},
    });
    const bad = parseUserListQuery({ sok: "a\u0000b", rolle: "KING", status: "x", side: "-1", virksomhet: "'; drop" });
    expect(bad.query).toEqual({ sok: "", side: 1 });
    expect(Object.keys(bad.problems).sort()).toEqual(["rolle", "side", "sok", "status", "virksomhet"]);
  });

  it("of the audit log: dates in either format, a range the right way round, known kinds only", () => {
    expect(parseCalendarDate("1.3.2026")).toBe("2026-03-01");
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("i går")).toBeNull();
    const ok = parseAuditLogQuery({ hendelse: "User.deactivate", fra: "2026-03-01", til: "02.03.2026" });
    expect(ok).toEqual({ query: { hendelse: "User.deactivate", fra: "2026-03-01", til: "2026-03-02", side: 1 }, problems: {} });
    expect(parseAuditLogQuery({ hendelse: "ActionPlan" }).query.hendelse).toBe("ActionPlan");
    const bad = parseAuditLogQuery({ hendelse: "User.explode", fra: "2026-03-05", til: "2026-03-01", bruker: "%00" });
    expect(bad.problems).toEqual({ hendelse: t.log.badKind, til: t.log.dateOrder, bruker: t.log.badUser });
    expect(bad.query).toEqual({ fra: "2026-03-05", side: 1 });
    expect(parseAuditLogQuery({ fra: "2026-13-01" }).problems.fra).toBe(t.log.badDate);
  });

  it("take a day in Norwegian time, summer and winter", () => {
    expect(startOfNorwegianDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfNorwegianDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfNextNorwegianDay("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z"); // the night summer time begins
  });
});

describe("the audit log's summaries", () => {
  it("name every kind in Norwegian, and an unknown one by its entity", () => {
    expect(auditKindLabel("ActionPlan", "submit")).toBe("Handlingsplan sendt inn");
    expect(auditKindLabel("Organisation", "move")).toBe("Virksomhet flyttet til et annet departement");
    expect(auditKindLabel("User", "somethingNew")).toBe("Bruker: somethingNew");
  });

  it("never show a plan's text, even from an event that stored one", () => {
    const lines = summariseAuditEvent({
      entity: "ActionPlan",
      action: "save",
      before: { status: "DRAFT", version: 3, content: { challenges: [{ challenge: "HEMMELIG UTKAST" }] } },
      after: { status: "DRAFT", version: 4, content: { challenges: [{ challenge: "HEMMELIG UTKAST 2" }] } },
    });
    expect(lines.join(" ")).not.toContain("HEMMELIG");
    const review = summariseAuditEvent({ entity: "ActionPlan", action: "requestChanges", before: { status: "SUBMITTED" }, after: { status: "CHANGES_REQUESTED", versionNumber: 2, comments: [{ element: "goals", body: "Skriv mål" }] } });
    expect(review).toEqual(["Status: Sendt inn → Endringer etterspurt", "Gjelder versjon 2", "1 kommentar"]);
  });

  it("never show hiring counts, a sector plan's content or a letter's text", () => {
    const hiring = summariseAuditEvent({ entity: "HiringReport", action: "revise", before: { permanentTotal: 3 }, after: { year: 2020, permanentTotal: 4, permanentTarget: 1 } });
    expect(hiring).toEqual(["År: 2020"]);
    const plan = summariseAuditEvent({ entity: "SectorPlan", action: "publish", before: {}, after: { number: 2, content: { title: "UTKASTTEKST" } } });
    expect(plan.join(" ")).not.toContain("UTKASTTEKST");
    const letter = summariseAuditEvent({ entity: "Letter", action: "update", before: { body: "gammel BREVTEKST", number: "1" }, after: { body: "ny BREVTEKST", number: "1" } });
    expect(letter).toEqual(["Endret: brevtekst"]);
  });

  it("say what an administrator changed", () => {
    expect(
      summariseAuditEvent({ entity: "User", action: "changeAccess", before: { name: "Kari", role: "ADVISER", organisation: "KMD" }, after: { name: "Kari", role: "LEADER", organisation: "KMD", sessionsEnded: 2 } }),
    ).toEqual(["Kari", "Rolle: Rådgiver → Leder", "2 innlogginger avsluttet"]);
    expect(summariseAuditEvent({ entity: "Organisation", action: "move", before: { ministry: "KMD", ministryName: "Kommunal- og moderniseringsdepartementet" }, after: { ministry: "KDD", ministryName: "Kommunal- og distriktsdepartementet", draftLettersRemoved: [] } })).toEqual([
      "Departement: Kommunal- og moderniseringsdepartementet → Kommunal- og distriktsdepartementet",
    ]);
    expect(summariseAuditEvent({ entity: "Organisation", action: "update", before: { name: "A", shortName: "A", postalAddress: "P 1\n0001 OSLO" }, after: { name: "B", shortName: "A", postalAddress: "P 1\n0001 OSLO" } })).toEqual(["Navn: A → B"]);
  });
});
