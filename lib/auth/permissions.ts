// Permissions as data: what each role may do. Scope (which organisation's data) is applied
// separately in lib/data, from the actor's organisation.
export type Role = "ADVISER" | "AGENCY_HR" | "LEADER" | "AUDITOR" | "ADMIN";

export type Permission =
  | SectorPlanPermission
  | "round:create"
  | "round:read"
  | "letter:read"
  | "plan:read"
  | "plan:write"
  | "hiring:read"
  | "hiring:write"
  /** Close years, consent to pooling, import many agencies' figures: the ministry's adviser. */
  | "hiring:manage"
  | "dashboard:read";

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADVISER: ["round:create", "round:read", "letter:read", "plan:read", "hiring:read", "hiring:manage", "dashboard:read"],
  AGENCY_HR: ["letter:read", "plan:read", "plan:write", "hiring:read", "hiring:write", "dashboard:read"],
  LEADER: ["plan:read", "hiring:read", "dashboard:read"],
  AUDITOR: ["round:read", "letter:read", "plan:read", "hiring:read", "dashboard:read"],
  ADMIN: [],
};

/** The sector plan and its follow-up (issue 6): the ministry writes it, agencies report on it. */
type SectorPlanPermission = "sectorplan:read" | "sectorplan:write" | "followup:read" | "followup:write";
const SECTOR_PLAN: Record<Role, readonly SectorPlanPermission[]> = {
  ADVISER: ["sectorplan:read", "sectorplan:write", "followup:read"],
  AGENCY_HR: ["sectorplan:read", "followup:read", "followup:write"],
  LEADER: ["sectorplan:read", "followup:read"],
  AUDITOR: [],
  ADMIN: [],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission) || (SECTOR_PLAN[role] as readonly Permission[]).includes(permission);
}
