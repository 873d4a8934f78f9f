// Who acts: a signed-in user, an API token, a background job, or the signed-out public.
import type { JobName, OrganisationKind, Role, TokenScope } from "@/lib/access/grants";

/** A person's place: their role in one organisation, and the sectors that organisation belongs to. */
export interface Membership {
  userId: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** The ministry of the organisation's own sector: the ministry itself, or an agency's parent. */
  sectorId: string | null;
  /** The ministries whose sectors the organisation audits (the audit office). */
  auditedSectorIds: readonly string[];
  /** Every sector the organisation reads anything of: its own, or the audited ones. */
  sectorIds: string[];
}

export interface UserPrincipal extends Membership {
  kind: "user";
  /** The session the request came with (null outside a request, e.g. in tests). */
  sessionId: string | null;
  /** The interface language the person chose (issue 14); absent or null: not chosen. */
  locale?: string | null;
}

/** A personal access token acts for its owner, limited to its scopes (issue 14). */
export interface TokenPrincipal extends Membership {
  kind: "apiToken";
  tokenId: string;
  tokenName: string;
  scopes: readonly TokenScope[];
}

export interface JobPrincipal {
  kind: "job";
  job: JobName;
}

export interface PublicPrincipal {
  kind: "public";
}

/** A principal that is a member of an organisation: what most of the data layer takes. */
export type Actor = UserPrincipal | TokenPrincipal;
export type Principal = Actor | JobPrincipal | PublicPrincipal;

export const PUBLIC: PublicPrincipal = { kind: "public" };

export function jobPrincipal(job: JobName): JobPrincipal {
  return { kind: "job", job };
}

interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
  audits: readonly { id: string }[];
}

/** The sectors of an organisation, as a membership needs them. */
export function membershipOf(
  user: { id: string; name: string; role: Role },
  org: OrganisationRow,
): Membership {
  const sectorId = org.kind === "MINISTRY" ? org.id : org.kind === "AGENCY" ? org.parentId : null;
  const auditedSectorIds = org.kind === "AUDIT_OFFICE" ? org.audits.map((a) => a.id) : [];
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    organisationId: org.id,
    organisationName: org.name,
    organisationKind: org.kind,
    sectorId,
    auditedSectorIds,
    sectorIds: org.kind === "AUDIT_OFFICE" ? [...auditedSectorIds] : sectorId ? [sectorId] : [],
  };
}

/** A name for the audit log: who acted. */
export function principalLabel(p: Principal): string {
  switch (p.kind) {
    case "user":
      return p.name;
    case "apiToken":
      return `${p.tokenName} (API, ${p.name})`;
    case "job":
      return p.job;
    case "public":
      return "public";
  }
}
