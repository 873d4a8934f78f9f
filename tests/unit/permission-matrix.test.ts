// The permission matrix: every principal × every action × own organisation / another
// organisation of the same sector / another sector, written out by hand. Adding an action to
// lib/access without its row here fails this test; so does any change to who may do what.
import { describe, expect, it } from "vitest";
import {
  ACTIONS, can, jobPrincipal, PUBLIC, ROLES, ROLES_BY_KIND, scopeOf,
  type Action, type Actor, type OrganisationKind, type Principal, type Role, type Target, type TokenScope,
} from "@/lib/access";

// Two sectors (ministries M1, M2), agencies A1, A2 in M1 and B1 in M2, and the audit office R,
// which audits M1 only.
const M1 = "m1";
const M2 = "m2";
const org = (organisationId: string, sectorId: string | null): Target => ({ organisationId, sectorId });
const TARGETS = {
  m1: org(M1, M1),
  a1: org("a1", M1),
  a2: org("a2", M1),
  m2: org(M2, M2),
  b1: org("b1", M2),
  r: org("r", null),
};

type Who = "adviser" | "ministryLeader" | "admin" | "hr" | "agencyLeader" | "auditor";
const PEOPLE: Record<Who, { role: Role; kind: OrganisationKind; organisationId: string }> = {
  adviser: { role: "ADVISER", kind: "MINISTRY", organisationId: M1 },
  ministryLeader: { role: "LEADER", kind: "MINISTRY", organisationId: M1 },
  admin: { role: "ADMIN", kind: "MINISTRY", organisationId: M1 },
  hr: { role: "AGENCY_HR", kind: "AGENCY", organisationId: "a1" },
  agencyLeader: { role: "LEADER", kind: "AGENCY", organisationId: "a1" },
  auditor: { role: "AUDITOR", kind: "AUDIT_OFFICE", organisationId: "r" },
};

function member(who: Who): Actor {
  const p = PEOPLE[who];
  const sectorId = p.kind === "MINISTRY" ? p.organisationId : p.kind === "AGENCY" ? M1 : null;
  const auditedSectorIds = p.kind === "AUDIT_OFFICE" ? [M1] : [];
  return {
    kind: "user", sessionId: null, userId: `u-${who}`, name: who, role: p.role,
    organisationId: p.organisationId, organisationName: p.organisationId, organisationKind: p.kind,
    sectorId, auditedSectorIds, sectorIds: sectorId ? [sectorId] : auditedSectorIds,
  };
}

/**
 * What each person may do, and where: "-" nothing; "own" their own organisation only; "sector"
 * every organisation of their own sector (ministry and agencies), nothing of the other sector;
 * "audited" every organisation of the audited sector M1; "all" every organisation of every sector.
 */
type Cell = "-" | "own" | "sector" | "audited" | "all";
const EXPECTED: Record<Action, Record<Who, Cell>> = {
  "round.read":          { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "audited" },
  "round.write":         { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "letter.read":         { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "own",    agencyLeader: "own",    auditor: "audited" },
  // The Noark 5 package for the archive: the ministry journals its own cases (not the leader, nor the auditor).
  "archive.export":      { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "plan.read":           { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "own",    agencyLeader: "own",    auditor: "audited" },
  "plan.write":          { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "own",    agencyLeader: "-",      auditor: "-" },
  "plan.review":         { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "plan.signoff":        { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "own",    auditor: "-" },
  "hiring.read":         { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "own",    agencyLeader: "own",    auditor: "audited" },
  "hiring.write":        { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "own",    agencyLeader: "-",      auditor: "-" },
  "hiring.manage":       { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "dashboard.read":      { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "sector", agencyLeader: "sector", auditor: "audited" },
  "sectorplan.read":     { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "sector", agencyLeader: "sector", auditor: "audited" },
  "sectorplan.write":    { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "followup.read":       { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "own",    agencyLeader: "own",    auditor: "audited" },
  "followup.write":      { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "own",    agencyLeader: "-",      auditor: "-" },
  // Governance meetings: the agency reads its own finalised minutes (drafts: lib/data/meetings.ts).
  "meeting.read":        { adviser: "sector", ministryLeader: "sector", admin: "-",      hr: "own",    agencyLeader: "own",    auditor: "audited" },
  "meeting.write":       { adviser: "sector", ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  "annualreport.write":  { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "own",    agencyLeader: "-",      auditor: "-" },
  "user.manage":         { adviser: "-",      ministryLeader: "-",      admin: "sector", hr: "-",      agencyLeader: "-",      auditor: "-" },
  "organisation.manage": { adviser: "-",      ministryLeader: "-",      admin: "sector", hr: "-",      agencyLeader: "-",      auditor: "-" },
  "audit.read":          { adviser: "-",      ministryLeader: "-",      admin: "sector", hr: "-",      agencyLeader: "-",      auditor: "audited" },
  // The published figures (/offentlig) are everyone's, of every sector.
  "figures.public":      { adviser: "all",    ministryLeader: "all",    admin: "all",    hr: "all",    agencyLeader: "all",    auditor: "all" },
  // One's own notifications: "own" is checked against the person's own id in lib/data/notifications.ts.
  "notification.read":   { adviser: "own",    ministryLeader: "own",    admin: "own",    hr: "own",    agencyLeader: "own",    auditor: "own" },
  "mail.manage":         { adviser: "-",      ministryLeader: "-",      admin: "sector", hr: "-",      agencyLeader: "-",      auditor: "-" },
  "notification.send":   { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  // The demo's caught e-mail is the public's (a page without sign-in), in demo mode only.
  "demomail.read":       { adviser: "-",      ministryLeader: "-",      admin: "-",      hr: "-",      agencyLeader: "-",      auditor: "-" },
  // The organisations' names (the API's list): every member, of its own or the audited sectors.
  "organisation.read":   { adviser: "sector", ministryLeader: "sector", admin: "sector", hr: "sector", agencyLeader: "sector", auditor: "audited" },
  // One's own API tokens: those whose role has token scopes (HR; the ministry's advisers and leaders).
  "apitoken.manage":     { adviser: "own",    ministryLeader: "own",    admin: "-",      hr: "own",    agencyLeader: "-",      auditor: "-" },
};

/** Whether a cell allows the action on a target: own organisation, the rest of M1, or sector M2. */
function allowed(cell: Cell, who: Who, target: keyof typeof TARGETS): boolean {
  const own = PEOPLE[who].organisationId === TARGETS[target].organisationId;
  const inM1 = TARGETS[target].sectorId === M1;
  switch (cell) {
    case "-":
      return false;
    case "own":
      return own;
    case "sector":
      return PEOPLE[who].kind !== "AUDIT_OFFICE" && inM1;
    case "audited":
      return inM1;
    case "all":
      return true;
  }
}

describe("the permission matrix", () => {
  it("has a row for every action, and no row for an action that does not exist", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it("covers every role in every kind of organisation it can have", () => {
    const profiles = Object.values(PEOPLE).map((p) => `${p.role}@${p.kind}`).sort();
    const possible = (Object.entries(ROLES_BY_KIND) as [OrganisationKind, readonly Role[]][]).flatMap(([kind, roles]) => roles.map((r) => `${r}@${kind}`)).sort();
    expect(profiles).toEqual(possible);
    expect(new Set(possible.map((p) => p.split("@")[0]))).toEqual(new Set(ROLES));
  });

  for (const action of ACTIONS) {
    for (const who of Object.keys(PEOPLE) as Who[]) {
      it(`${who} × ${action}`, () => {
        const cell = EXPECTED[action][who];
        const p = member(who);
        expect(can(p, action)).toBe(cell !== "-");
        for (const target of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
          expect([target, can(p, action, TARGETS[target])]).toEqual([target, allowed(cell, who, target)]);
        }
      });
    }
  }
});

describe("a role in an organisation it does not belong to", () => {
  it("may do nothing (an adviser in an agency, HR in a ministry, an auditor outside the audit office)", () => {
    const misplaced: [Role, OrganisationKind][] = [["ADVISER", "AGENCY"], ["AGENCY_HR", "MINISTRY"], ["AUDITOR", "MINISTRY"], ["ADMIN", "AGENCY"]];
    for (const [role, kind] of misplaced) {
      const p: Actor = { ...member("hr"), role, organisationKind: kind };
      for (const action of ACTIONS) expect([role, kind, action, can(p, action)]).toEqual([role, kind, action, false]);
    }
  });
});

describe("an API token", () => {
  const token = (who: Who, scopes: TokenScope[]): Principal => ({ ...member(who), kind: "apiToken", tokenId: "t", tokenName: "HR-system", scopes });

  it("does only what its scopes name, and never more than its owner may", () => {
    const hrFigures = token("hr", ["figures:read", "figures:write"]);
    expect(can(hrFigures, "hiring.write", TARGETS.a1)).toBe(true);
    expect(can(hrFigures, "hiring.write", TARGETS.a2)).toBe(false);
    expect(can(hrFigures, "plan.read")).toBe(false);
    expect(can(hrFigures, "plan.write")).toBe(false);
    // The annual report's text is the agency's own writing, not figures: no token reaches it.
    expect(can(hrFigures, "annualreport.write")).toBe(false);
    // sector:read for HR still reaches only what HR reads: its own agency's plans.
    const hrSector = token("hr", ["sector:read"]);
    expect(can(hrSector, "plan.read", TARGETS.a1)).toBe(true);
    expect(can(hrSector, "plan.read", TARGETS.a2)).toBe(false);
    expect(can(hrSector, "hiring.write")).toBe(false);
    const adviserSector = token("adviser", ["sector:read"]);
    expect(can(adviserSector, "plan.read", TARGETS.a2)).toBe(true);
    expect(can(adviserSector, "plan.review")).toBe(false);
    expect(can(adviserSector, "round.write")).toBe(false);
    expect(can(adviserSector, "plan.read", TARGETS.b1)).toBe(false);
  });

  it("plans:read reads the agency's plans, letters, sector plan and follow-up; only followup:write writes the follow-up (issue 14)", () => {
    const hrPlans = token("hr", ["plans:read"]);
    for (const action of ["plan.read", "letter.read", "followup.read"] as const) {
      expect([action, can(hrPlans, action, TARGETS.a1)]).toEqual([action, true]);
      expect([action, can(hrPlans, action, TARGETS.a2)]).toEqual([action, false]);
    }
    expect(can(hrPlans, "sectorplan.read")).toBe(true);
    // A read scope never writes: not the plan, not the follow-up; and HR never reads rounds.
    for (const action of ["plan.write", "followup.write", "round.read", "hiring.read"] as const) expect([action, can(hrPlans, action)]).toEqual([action, false]);
    const hrFollowUp = token("hr", ["followup:write"]);
    expect(can(hrFollowUp, "followup.write", TARGETS.a1)).toBe(true);
    expect(can(hrFollowUp, "followup.write", TARGETS.a2)).toBe(false);
    expect(can(hrFollowUp, "plan.write")).toBe(false);
    // The ministry's adviser does not report follow-up in the app: not through a token either.
    expect(can(token("adviser", ["followup:write", "sector:read"]), "followup.write")).toBe(false);
  });

  it("never manages tokens itself, whatever its scopes", () => {
    for (const scopes of [["figures:read", "figures:write", "plans:read"], ["sector:read"]] as TokenScope[][]) {
      expect(can(token("hr", scopes), "apitoken.manage")).toBe(false);
      expect(can(token("adviser", scopes), "apitoken.manage")).toBe(false);
    }
  });

  it("reads the organisations of the owner's sector with any scope", () => {
    for (const scope of ["figures:read", "figures:write", "plans:read", "followup:write", "sector:read"] as TokenScope[]) {
      expect(can(token("hr", [scope]), "organisation.read", TARGETS.a2)).toBe(true);
      expect(can(token("hr", [scope]), "organisation.read", TARGETS.b1)).toBe(false);
    }
  });

  it("with no scopes may do nothing", () => {
    const none = token("adviser", []);
    for (const action of ACTIONS) expect(scopeOf(none, action)).toBeNull();
  });
});

describe("jobs and the public", () => {
  it("the admin command line manages users and organisations everywhere, and nothing else", () => {
    const cli = jobPrincipal("admin-cli");
    for (const action of ACTIONS) {
      const expected = action === "user.manage" || action === "organisation.manage";
      expect([action, can(cli, action, TARGETS.b1)]).toEqual([action, expected]);
    }
  });

  it("the notifier writes notifications and sends e-mail for everyone, and nothing else", () => {
    const notifier = jobPrincipal("notifier");
    for (const action of ACTIONS) {
      expect([action, can(notifier, action, TARGETS.b1)]).toEqual([action, action === "notification.send"]);
    }
  });

  it("the signed-out public may read the published figures of every sector and the demo's caught e-mail, and do nothing else", () => {
    for (const action of ACTIONS) {
      const expected = action === "figures.public" || action === "demomail.read";
      expect([action, can(PUBLIC, action)]).toEqual([action, expected]);
      for (const target of Object.values(TARGETS)) expect([action, target, can(PUBLIC, action, target)]).toEqual([action, target, expected]);
    }
  });
});
