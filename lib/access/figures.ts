// How a principal stands to an agency's hiring figures (../shared/DOMAIN.md, "Who sees what"):
// the ministry that governs the agency's sector and the audit office that audits it receive the
// agency's counts in the annual report anyway; the agency's own people know them; everyone else
// sees only what passes disclosure control.
import { scopeOf, type Target } from "@/lib/access/authorize";
import type { Principal } from "@/lib/access/principal";

export type FigureRelation =
  /** The ministry of the agency's sector (its advisers and leaders). */
  | "governing"
  /** The audit office, for a sector it audits. */
  | "auditing"
  /** The agency's own people. */
  | "own"
  /** Anyone else: other agencies, the public. */
  | "outside";

/** The principal's relation to the figures of the agency `target`. */
export function figureRelation(p: Principal, target: Target): FigureRelation {
  if (p.kind !== "user" && p.kind !== "apiToken") return "outside";
  const scope = scopeOf(p, "hiring.read");
  if (scope === "sector" && p.organisationKind === "MINISTRY" && target.sectorId !== null && target.sectorId === p.organisationId) return "governing";
  if (scope === "audited" && p.organisationKind === "AUDIT_OFFICE" && target.sectorId !== null && p.auditedSectorIds.includes(target.sectorId)) return "auditing";
  if (scope !== null && p.organisationKind === "AGENCY" && target.organisationId === p.organisationId) return "own";
  return "outside";
}

/**
 * Whether the principal sees the split of an agency's new hires into permanent and temporary
 * positions (and trainees), as the letters ask the agencies to report it: the governing ministry,
 * the audit office and the agency itself.
 */
export function seesHireSplit(p: Principal, target: Target): boolean {
  return figureRelation(p, target) !== "outside";
}

/**
 * Whether the principal sees the exact counts of every agency in these sectors: the ministry that
 * governs them or the audit office that audits them all.
 */
export function seesExactCounts(p: Principal, sectorIds: readonly string[]): boolean {
  return sectorIds.length > 0 && sectorIds.every((sectorId) => {
    const r = figureRelation(p, { organisationId: "", sectorId });
    return r === "governing" || r === "auditing";
  });
}
