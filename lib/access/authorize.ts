// The one place where access is decided. Every server action, route handler, page and data
// function asks here: `authorize` (or `can` for what a page shows), and the data layer turns a
// permission's scope into the `where` of its queries with the helpers below.
import { forbidden } from "@/lib/data/errors";
import {
  grantsFor, JOB_GRANTS, PUBLIC_GRANTS, TOKEN_SCOPES, type Action, type Scope,
} from "@/lib/access/grants";
import type { Actor, Principal } from "@/lib/access/principal";

/** What an action is applied to: an organisation, and the sector (ministry) it belongs to. */
export interface Target {
  organisationId: string;
  /** The ministry whose sector the organisation is in (itself for a ministry). */
  sectorId: string | null;
}

/** How far the principal may take the action, or null when it may not at all. */
export function scopeOf(p: Principal, action: Action): Scope | null {
  switch (p.kind) {
    case "user":
      return grantsFor(p.role, p.organisationKind)[action] ?? null;
    case "apiToken": {
      const allowed = p.scopes.some((s) => (TOKEN_SCOPES[s] as readonly Action[]).includes(action));
      return allowed ? (grantsFor(p.role, p.organisationKind)[action] ?? null) : null;
    }
    case "job":
      return (JOB_GRANTS[p.job] as Partial<Record<Action, Scope>>)[action] ?? null;
    case "public":
      return PUBLIC_GRANTS[action] ?? null;
  }
}

function covers(p: Principal, scope: Scope, target: Target): boolean {
  if (scope === "all") return true;
  if (p.kind !== "user" && p.kind !== "apiToken") return false;
  switch (scope) {
    case "own":
      return target.organisationId === p.organisationId;
    case "sector":
      return target.sectorId !== null && target.sectorId === p.sectorId;
    case "audited":
      return target.sectorId !== null && p.auditedSectorIds.includes(target.sectorId);
  }
}

/** Whether the principal may take the action (on the target, when one is given). */
export function can(p: Principal, action: Action, target?: Target): boolean {
  const scope = scopeOf(p, action);
  if (!scope) return false;
  return target ? covers(p, scope, target) : true;
}

/** Throws "forbidden" unless the principal may take the action (on the target, when given). */
export function authorize(p: Principal, action: Action, target?: Target): void {
  if (!can(p, action, target)) throw forbidden();
}

/** The actor's permission, or "forbidden" for a job or the public (most data functions need a member). */
export function authorizeActor(p: Principal, action: Action): asserts p is Actor {
  if (p.kind !== "user" && p.kind !== "apiToken") throw forbidden();
  authorize(p, action);
}

/**
 * The sectors (ministries) whose data the action reaches: own sector, audited sectors, or for an
 * "own" scope the sector of the actor's own organisation (sector-wide records such as a round are
 * then filtered further by the caller). Throws "forbidden" when the action is not granted.
 */
export function sectorsFor(p: Actor, action: Action): string[] {
  const scope = scopeOf(p, action);
  if (!scope) throw forbidden();
  if (scope === "audited") return [...p.auditedSectorIds];
  return p.sectorId ? [p.sectorId] : [];
}

/**
 * The one ministry whose sector the actor manages for this action (writing rounds, the sector
 * plan, closing years, administration): its own ministry, with the action granted for its sector.
 */
export function managedSector(p: Principal, action: Action): string {
  if (p.kind !== "user" && p.kind !== "apiToken") throw forbidden();
  if (scopeOf(p, action) !== "sector" || p.organisationKind !== "MINISTRY") throw forbidden();
  return p.organisationId;
}

/**
 * The agencies whose data the action reaches, as a filter: the actor's own agency for an "own"
 * scope, else every agency of the reachable sectors. Throws "forbidden" when not granted.
 */
export function agencyFilter(p: Actor, action: Action): { id: string } | { parentIds: string[] } {
  const scope = scopeOf(p, action);
  if (!scope) throw forbidden();
  if (scope === "own") return { id: p.organisationId };
  return { parentIds: sectorsFor(p, action) };
}

/** The actor's own agency when the action reaches only that (an agency's own people), else null. */
export function ownAgency(p: Actor, action: Action): string | null {
  return scopeOf(p, action) === "own" && p.organisationKind === "AGENCY" ? p.organisationId : null;
}
