// Who stands how to an agency's figures (lib/access/figures.ts): the governing ministry, the audit
// office of the sector, the agency itself, or outside. Only the first three see the split between
// permanent and temporary hires; only the ministry and the audit office count every agency that
// reached the goal.
import { describe, expect, it } from "vitest";
import { figureRelation, PUBLIC, seesExactCounts, seesHireSplit, type Actor, type OrganisationKind, type Role } from "@/lib/access";

// Ministries M1, M2; agencies A1, A2 in M1, B1 in M2; the audit office R audits M1.
const person = (role: Role, kind: OrganisationKind, organisationId: string): Actor => {
  const sectorId = kind === "MINISTRY" ? organisationId : kind === "AGENCY" ? (organisationId === "b1" ? "m2" : "m1") : null;
  const auditedSectorIds = kind === "AUDIT_OFFICE" ? ["m1"] : [];
  return {
    kind: "user", sessionId: null, userId: `u-${role}-${organisationId}`, name: role, role,
    organisationId, organisationName: organisationId, organisationKind: kind,
    sectorId, auditedSectorIds, sectorIds: sectorId ? [sectorId] : auditedSectorIds,
  };
};
const a1 = { organisationId: "a1", sectorId: "m1" };
const b1 = { organisationId: "b1", sectorId: "m2" };

describe("figures by relation", () => {
  it("the ministry's advisers and leaders govern their sector's agencies, not another sector's", () => {
    for (const role of ["ADVISER", "LEADER"] as const) {
      expect(figureRelation(person(role, "MINISTRY", "m1"), a1)).toBe("governing");
      expect(figureRelation(person(role, "MINISTRY", "m1"), b1)).toBe("outside");
    }
    // The ministry's administrator reads no figures at all.
    expect(figureRelation(person("ADMIN", "MINISTRY", "m1"), a1)).toBe("outside");
  });

  it("the audit office audits the sectors it audits; the agency's people are its own; nobody else", () => {
    const auditor = person("AUDITOR", "AUDIT_OFFICE", "r");
    expect(figureRelation(auditor, a1)).toBe("auditing");
    expect(figureRelation(auditor, b1)).toBe("outside");
    expect(figureRelation(person("AGENCY_HR", "AGENCY", "a1"), a1)).toBe("own");
    expect(figureRelation(person("LEADER", "AGENCY", "a1"), a1)).toBe("own");
    expect(figureRelation(person("AGENCY_HR", "AGENCY", "a2"), a1)).toBe("outside");
    expect(figureRelation(PUBLIC, a1)).toBe("outside");
  });

  it("the split is for the governing ministry, the audit office and the agency itself", () => {
    expect(seesHireSplit(person("LEADER", "MINISTRY", "m1"), a1)).toBe(true);
    expect(seesHireSplit(person("AUDITOR", "AUDIT_OFFICE", "r"), a1)).toBe(true);
    expect(seesHireSplit(person("AGENCY_HR", "AGENCY", "a1"), a1)).toBe(true);
    expect(seesHireSplit(person("AGENCY_HR", "AGENCY", "a2"), a1)).toBe(false);
    expect(seesHireSplit(person("ADVISER", "MINISTRY", "m2"), a1)).toBe(false);
  });

  it("exact counts over whole sectors are the governing ministry's and the audit office's", () => {
    expect(seesExactCounts(person("LEADER", "MINISTRY", "m1"), ["m1"])).toBe(true);
    expect(seesExactCounts(person("AUDITOR", "AUDIT_OFFICE", "r"), ["m1"])).toBe(true);
    expect(seesExactCounts(person("AUDITOR", "AUDIT_OFFICE", "r"), ["m1", "m2"])).toBe(false);
    expect(seesExactCounts(person("AGENCY_HR", "AGENCY", "a1"), ["m1"])).toBe(false);
    expect(seesExactCounts(person("ADVISER", "MINISTRY", "m1"), [])).toBe(false);
  });
});
