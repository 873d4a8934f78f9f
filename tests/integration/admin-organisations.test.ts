// Administration of organisations against PostgreSQL: adding and renaming agencies, moving one to
// another ministry with everything it owns (and what each ministry then sees), the audit office's
// sectors, and loading organisations from a file, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { UserPrincipal } from "@/lib/access";
import { getDashboard } from "@/lib/data/dashboard";
import { listReadableFigures } from "@/lib/data/hiring";
import { getLetter } from "@/lib/data/letters";
import {
  applyOrganisationFile,
  checkOrganisationFile,
  createAgency,
  createMinistry,
  getAgencyForAdmin,
  listSectorOrganisations,
  moveAgency,
  organisationImportTemplate,
  setAudited,
  updateAgency,
} from "@/lib/data/organisations";
import { getPlan } from "@/lib/data/plans";
import { withdrawPooling } from "@/lib/data/pooling";
import { loadMember } from "@/lib/data/users";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { adminText as t } from "@/lib/i18n/admin-nb";
import { createTestSector, type TestSector } from "../support/fixtures";
import { auditOfficeOf, cli, member, parentOf, validOrgNumber } from "../support/admin-fixtures";

let s: TestSector;
let admin: UserPrincipal;
let otherAdmin: UserPrincipal;
let otherMinistry: string;
beforeAll(async () => {
  s = await createTestSector();
  admin = await member("ADMIN", s.ministryId);
  otherMinistry = await parentOf(s.otherMinistryAgency);
  otherAdmin = await member("ADMIN", otherMinistry);
});
afterAll(() => prisma.$disconnect());

const address = "Postboks 1\n0001 OSLO";
const events = (entityId: string) => prisma.auditEvent.findMany({ where: { entity: "Organisation", entityId }, orderBy: { at: "asc" } });
const sectorVersion = async (ministryId: string) => (await prisma.sectorVersion.findUnique({ where: { ministryId } }))?.version ?? 0;

describe("adding an agency", () => {
  it("creates it under the administrator's ministry, with its audit event", async () => {
    const orgNumber = validOrgNumber();
    const shortName = `Nytt-${orgNumber}`;
    const { id } = await createAgency(admin, { name: "Nytt direktorat", shortName, orgNumber, postalAddress: address });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "AGENCY", parentId: s.ministryId, orgNumber, shortName });
    const [event] = await events(id);
    expect(event).toMatchObject({ action: "create", actorId: admin.userId, subjectOrganisationId: id, sectorIds: [s.ministryId], after: { orgNumber, shortName } });
    const listed = await listSectorOrganisations(admin);
    expect(listed.agencies.map((a) => a.id)).toContain(id);
    expect(listed.agencies.map((a) => a.id)).not.toContain(s.otherMinistryAgency);
    expect(listed.auditOffices.map((o) => o.id)).toEqual([await auditOfficeOf(s.ministryId)]);
  });

  it("refuses an org number or short name already taken, next to the field", async () => {
    const orgNumber = validOrgNumber();
    await createAgency(admin, { name: "Først", shortName: `F-${orgNumber}`, orgNumber, postalAddress: address });
    await expect(createAgency(admin, { name: "Andre", shortName: `A-${orgNumber}`, orgNumber, postalAddress: address })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { orgNumber: [t.errors.orgNumberTaken("Først")] },
    });
    await expect(createAgency(admin, { name: "Tredje", shortName: `f-${orgNumber}`, orgNumber: validOrgNumber(), postalAddress: address })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { shortName: [t.errors.shortNameTaken("Først")] },
    });
  });

  it("is forbidden to everyone but the administrator (and the command line), who cannot add it to another ministry", async () => {
    for (const actor of [s.actors.adviser, s.actors.leader, s.actors.hrA, s.actors.auditor]) {
      await expect(createAgency(actor, { name: "X", shortName: `X-${validOrgNumber()}`, orgNumber: validOrgNumber(), postalAddress: address })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(createAgency(admin, { name: "X", shortName: `X-${validOrgNumber()}`, orgNumber: validOrgNumber(), postalAddress: address, ministryId: otherMinistry })).rejects.toMatchObject({ code: "forbidden" });
    const { id } = await createAgency(cli, { name: "Fra CLI", shortName: `CLI-${validOrgNumber()}`, orgNumber: validOrgNumber(), postalAddress: address, ministryId: otherMinistry });
    expect((await events(id))[0]).toMatchObject({ actorId: null, actorLabel: "admin-cli", sectorIds: [otherMinistry] });
  });
});

describe("renaming an agency", () => {
  it("changes name, short name and address, and records before and after", async () => {
    const { id } = await createAgency(admin, { name: "Gammelt navn", shortName: `G-${validOrgNumber()}`, orgNumber: validOrgNumber(), postalAddress: address });
    const shortName = `N-${validOrgNumber()}`;
    await updateAgency(admin, { id, name: "Nytt navn", shortName, postalAddress: "Postboks 2\n0002 OSLO" });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Nytt navn", shortName, postalAddress: "Postboks 2\n0002 OSLO" });
    const update = (await events(id)).at(-1);
    expect(update).toMatchObject({ action: "update", before: { name: "Gammelt navn" }, after: { name: "Nytt navn", shortName } });
  });

  it("is 'not found' for another sector's agency or a ministry", async () => {
    await expect(updateAgency(otherAdmin, { id: s.agencyA, name: "Kapret", shortName: "Kapret", postalAddress: address })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateAgency(admin, { id: s.ministryId, name: "Kapret", shortName: "Kapret", postalAddress: address })).rejects.toMatchObject({ code: "not_found" });
    await expect(getAgencyForAdmin(otherAdmin, s.agencyA)).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyA } })).name).not.toBe("Kapret");
  });
});

describe("moving an agency to another ministry", () => {
  it("takes its plans, letters, figures and pooling along: the new ministry sees them, the old one does not", async () => {
    const m = await createTestSector();
    const from = m.ministryId;
    const to = await parentOf(m.otherMinistryAgency);
    const fromAdmin = await member("ADMIN", from);
    const toAdmin = await member("ADMIN", to);
    const toAdviser = m.actors.otherAdviser;
    const fromAdviser = m.actors.adviser;
    const consent = await prisma.poolingConsent.create({ data: { ministryId: from, agencyId: m.agencyA, fromYear: 2016, toYear: 2017, status: "APPROVED", grantedById: fromAdviser.userId } });
    const draft = await prisma.letter.create({
      data: { roundId: m.roundId, ministryId: from, agencyId: m.agencyA, ourRef: `99/1-${m.agencyA}`, date: new Date("2026-01-01"), deadline: new Date("2026-02-01"), body: "Utkast", status: "DRAFT" },
    });

    // Before: the old ministry sees the agency everywhere (the dashboard is now cached), the new one nowhere.
    // The round's plans need a sent round for the dashboard's plan counts.
    await prisma.addendumRound.update({ where: { id: m.roundId }, data: { sentAt: new Date("2020-11-01T09:00:00Z") } });
    const plansBefore = Object.values((await getDashboard(fromAdviser, parseDashboardQuery({}))).planStatusCounts).reduce((a, b) => a + b, 0);
    expect(plansBefore).toBe(2);
    expect((await getDashboard(fromAdviser, parseDashboardQuery({}))).agencies.map((a) => a.id)).toContain(m.agencyA);
    expect((await getDashboard(toAdviser, parseDashboardQuery({}))).agencies.map((a) => a.id)).not.toContain(m.agencyA);
    await expect(getPlan(toAdviser, m.planA)).rejects.toMatchObject({ code: "not_found" });
    const versions = [await sectorVersion(from), await sectorVersion(to)];

    await expect(moveAgency(toAdmin, { agencyId: m.agencyA, ministryId: to })).rejects.toMatchObject({ code: "not_found" });
    await expect(moveAgency(fromAdviser, { agencyId: m.agencyA, ministryId: to })).rejects.toMatchObject({ code: "forbidden" });
    await expect(moveAgency(fromAdmin, { agencyId: m.agencyA, ministryId: from })).rejects.toMatchObject({ code: "invalid", fieldErrors: { ministryId: [t.errors.sameMinistry] } });
    await expect(moveAgency(fromAdmin, { agencyId: m.agencyA, ministryId: m.agencyB })).rejects.toMatchObject({ code: "invalid", fieldErrors: { ministryId: [t.errors.chooseMinistry] } });

    const moved = await moveAgency(fromAdmin, { agencyId: m.agencyA, ministryId: to });
    expect(moved.draftLettersRemoved).toBe(1);

    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: m.agencyA } })).parentId).toBe(to);
    // Plans: the new ministry reads it, the old one no longer.
    expect((await getPlan(toAdviser, m.planA)).agency.id).toBe(m.agencyA);
    await expect(getPlan(fromAdviser, m.planA)).rejects.toMatchObject({ code: "not_found" });
    // Letters received: the same; the letter stays the old ministry's (the sender) and the draft is gone.
    expect((await getLetter(toAdviser, m.letterA)).id).toBe(m.letterA);
    await expect(getLetter(fromAdviser, m.letterA)).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: m.letterA } })).ministryId).toBe(from);
    expect(await prisma.letter.findUnique({ where: { id: draft.id } })).toBeNull();
    // Figures, and the dashboards of both (their cached views were invalidated).
    expect((await listReadableFigures(toAdviser)).some((f) => f.agencyId === m.agencyA)).toBe(true);
    expect((await listReadableFigures(fromAdviser)).some((f) => f.agencyId === m.agencyA)).toBe(false);
    expect((await getDashboard(toAdviser, parseDashboardQuery({}))).agencies.map((a) => a.id)).toContain(m.agencyA);
    const fromDashboard = await getDashboard(fromAdviser, parseDashboardQuery({}));
    expect(fromDashboard.agencies.map((a) => a.id)).not.toContain(m.agencyA);
    // The old round's plan of the moved agency no longer counts in the old sector's plan statuses.
    expect(Object.values(fromDashboard.planStatusCounts).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sectorVersion(from)).toBeGreaterThan(versions[0]!);
    expect(await sectorVersion(to)).toBeGreaterThan(versions[1]!);
    // The agency's own people are in the new sector at their next request.
    expect((await loadMember(m.actors.hrA.userId))?.sectorId).toBe(to);
    expect((await getPlan((await loadMember(m.actors.hrA.userId))!, m.planA)).draft).not.toBeNull();
    // Pooling consent: now the new ministry's to withdraw.
    expect((await prisma.poolingConsent.findUniqueOrThrow({ where: { id: consent.id } })).ministryId).toBe(to);
    await expect(withdrawPooling(fromAdviser, consent.id)).rejects.toMatchObject({ code: "not_found" });
    await withdrawPooling(toAdviser, consent.id);

    // Both sectors' logs show the move.
    const [event] = (await events(m.agencyA)).filter((e) => e.action === "move");
    expect(event).toMatchObject({ actorId: fromAdmin.userId, subjectOrganisationId: m.agencyA, before: { ministry: expect.any(String) } });
    expect([...event!.sectorIds].sort()).toEqual([from, to].sort());
    // And the old ministry's administrator no longer administers it.
    await expect(getAgencyForAdmin(fromAdmin, m.agencyA)).rejects.toMatchObject({ code: "not_found" });
    expect((await getAgencyForAdmin(toAdmin, m.agencyA)).parent?.id).toBe(to);
  });
});

describe("a ministry and the audit office's sectors", () => {
  it("are the command line's only", async () => {
    const orgNumber = validOrgNumber();
    const input = { name: "Kommunal- og distriktsdepartementet", shortName: `KDD-${orgNumber}`, orgNumber, postalAddress: "Postboks 8112 Dep\n0032 OSLO" };
    await expect(createMinistry(admin, input)).rejects.toMatchObject({ code: "forbidden" });
    const { id } = await createMinistry(cli, input);
    expect((await events(id))[0]).toMatchObject({ action: "createMinistry", sectorIds: [id], actorLabel: "admin-cli" });

    const office = await auditOfficeOf(s.ministryId);
    await expect(setAudited(admin, office, id, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setAudited(s.actors.auditor, office, id, true)).rejects.toMatchObject({ code: "forbidden" });
    expect((await loadMember(s.actors.auditor.userId))?.auditedSectorIds).toEqual([s.ministryId]);
    expect(await setAudited(cli, office, id, true)).toBe(true);
    expect(await setAudited(cli, office, id, true)).toBe(false);
    expect(new Set((await loadMember(s.actors.auditor.userId))?.auditedSectorIds)).toEqual(new Set([s.ministryId, id]));
    expect((await events(office)).at(-1)).toMatchObject({ action: "audit", sectorIds: [id] });
    await setAudited(cli, office, id, false);
    expect((await loadMember(s.actors.auditor.userId))?.auditedSectorIds).toEqual([s.ministryId]);
  });
});

describe("loading organisations from a file", () => {
  const header = ["Org.nr.", "Navn", "Kortnavn", "Postadresse", "Departement"];

  it("changes nothing while one row is wrong, then creates and updates all at once", async () => {
    const n1 = validOrgNumber();
    const n2 = validOrgNumber();
    const agencyB = await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyB } });
    const good = [
      header,
      [n1, "Importert en", `Imp1-${n1}`, "Postboks 1, 0001 OSLO", ""],
      [n2, "Importert to", `Imp2-${n2}`, "Postboks 2\n0002 OSLO", ""],
      [agencyB.orgNumber, "EtatB med nytt navn", agencyB.shortName, agencyB.postalAddress, ""],
    ];
    // The fixture's org numbers are not real ones; the file check wants a valid number. Give B one.
    const bNumber = validOrgNumber();
    await prisma.organisation.update({ where: { id: s.agencyB }, data: { orgNumber: bNumber } });
    good[3]![0] = bNumber;
    const otherSectorRow = [validOrgNumber(), "Feil sektor", `Feil-${n1}`, "Postboks 3, 0003 OSLO", (await prisma.organisation.findUniqueOrThrow({ where: { id: otherMinistry } })).shortName];
    const bad = [...good, otherSectorRow];

    const dry = await checkOrganisationFile(admin, bad);
    expect(dry.ok).toBe(false);
    expect(dry.rows.map((r) => r.change)).toEqual(["new", "new", "update", null]);
    expect(dry.rows[3]!.problems[0]).toMatch(/Du kan bare laste inn virksomheter/);
    const refused = await applyOrganisationFile(admin, bad, "feil.csv");
    expect(refused.created + refused.updated).toBe(0);
    expect(await prisma.organisation.count({ where: { orgNumber: { in: [n1, n2] } } })).toBe(0);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyB } })).name).toBe(agencyB.name);

    const done = await applyOrganisationFile(admin, good, "sektor.csv");
    expect(done).toMatchObject({ created: 2, updated: 1 });
    const created = await prisma.organisation.findMany({ where: { orgNumber: { in: [n1, n2] } }, orderBy: { name: "asc" } });
    expect(created.map((o) => [o.name, o.parentId, o.postalAddress])).toEqual([
      ["Importert en", s.ministryId, "Postboks 1\n0001 OSLO"],
      ["Importert to", s.ministryId, "Postboks 2\n0002 OSLO"],
    ]);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyB } })).name).toBe("EtatB med nytt navn");
    const logged = await prisma.auditEvent.findMany({ where: { entity: "Organisation", entityId: { in: [...created.map((o) => o.id), s.agencyB] } } });
    expect(logged.map((e) => e.action).sort()).toEqual(["create", "create", "update"]);
    expect(logged.every((e) => (e.after as { fileName?: string }).fileName === "sektor.csv")).toBe(true);

    // Run again: nothing changes.
    const again = await applyOrganisationFile(admin, good, "sektor.csv");
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again.check.rows.map((r) => r.change)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("is forbidden to anyone but the administrator, and its template lists only the sector", async () => {
    await expect(checkOrganisationFile(s.actors.adviser, [header])).rejects.toMatchObject({ code: "forbidden" });
    await expect(applyOrganisationFile(s.actors.auditor, [header], "x.csv")).rejects.toMatchObject({ code: "forbidden" });
    const template = await organisationImportTemplate(admin);
    expect(template[0]).toEqual(header);
    const names = template.slice(1).map((r) => r[1]);
    expect(names).toContain("EtatB med nytt navn");
    expect(names.some((n) => n?.startsWith("EtatC"))).toBe(false);
  });
});
