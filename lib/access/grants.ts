// Who may do what, as data (no I/O). A permission is an action with a scope: which organisations'
// data the action reaches. The scope is computed from the role *and* the kind of organisation the
// person works in: a leader in a ministry reads the sector, a leader in an agency its own agency.

export const ROLES = ["ADVISER", "AGENCY_HR", "LEADER", "AUDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ["MINISTRY", "AGENCY", "AUDIT_OFFICE"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which roles a person in each kind of organisation can have. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  MINISTRY: ["ADVISER", "LEADER", "ADMIN"],
  AGENCY: ["AGENCY_HR", "LEADER"],
  AUDIT_OFFICE: ["AUDITOR"],
};

export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}

/** Every action the app authorises. Adding one here without a row in the matrix test fails that test. */
export const ACTIONS = [
  /** Addendum rounds and their overview (drafts only for those who may write them). */
  "round.read",
  /** Create rounds, edit, send and correct letters: the ministry's own sector. */
  "round.write",
  "letter.read",
  /**
   * Download the letters sent and the plan versions received as a Noark 5 arkivmelding package
   * for the ministry's archive (issue 14): the ministry journals its cases, so its adviser only.
   */
  "archive.export",
  /** Read action plans: submitted versions; the agency's own people also the draft. */
  "plan.read",
  "plan.write",
  "plan.review",
  /** The agency's leader approves the draft before HR submits it, where the round asks for it (issue 13). */
  "plan.signoff",
  /** An agency's hiring figures and its page. */
  "hiring.read",
  "hiring.write",
  /** Close years, consent to pooling, import many agencies' figures. */
  "hiring.manage",
  /** The sector's dashboard: sector totals (the agency table follows hiring.read). */
  "dashboard.read",
  "sectorplan.read",
  "sectorplan.write",
  "followup.read",
  "followup.write",
  /** Governance meetings' records (etatsstyringsmøter): finalised minutes; drafts only for those who write them. */
  "meeting.read",
  /** Record governance meetings with the sector's agencies: draft, finalise, reopen. */
  "meeting.write",
  /** The agency's text for chapter IV of its annual report: its own HR reads, edits and downloads it. */
  "annualreport.write",
  /** Invite users, change their role or organisation, deactivate and reactivate them. */
  "user.manage",
  /** Add, rename and move agencies; which sectors the audit office audits. */
  "organisation.manage",
  "audit.read",
  /**
   * The published figures (years the ministry has closed, after disclosure control): the public
   * page and its open data. Granted to everyone, signed in or not, for every sector.
   */
  "figures.public",
  /** One's own notifications (the bell, the list) and e-mail preferences: every member, for themselves. */
  "notification.read",
  /** The e-mails of the sector's people that could not be sent, and sending them again: the administrator. */
  "mail.manage",
  /** Write notifications and deliver e-mail for everyone: background jobs only. */
  "notification.send",
  /** The demo's caught e-mail (/demo/epost): anyone, and only in demo mode (lib/data/caught-mail.ts). */
  "demomail.read",
  /** The names of the organisations of one's sector (or the audited sectors): the API's list (issue 14). */
  "organisation.read",
  /** One's own API tokens: create, list, revoke (issue 14); only where the role has token scopes. */
  "apitoken.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * own: the principal's own organisation; sector: every organisation of its own sector (the
 * ministry and its agencies); audited: the sectors the audit office audits; all: everything
 * (jobs and the command line; and the published figures, which are everyone's).
 */
export type Scope = "own" | "sector" | "audited" | "all";

export type Profile = `${Role}@${OrganisationKind}`;
type Grants = Partial<Record<Action, Scope>>;

export const GRANTS: Partial<Record<Profile, Grants>> = {
  "ADVISER@MINISTRY": {
    "figures.public": "all",
    "organisation.read": "sector",
    "apitoken.manage": "own",
    "notification.read": "own",
    "round.read": "sector",
    "round.write": "sector",
    "letter.read": "sector",
    "archive.export": "sector",
    "plan.read": "sector",
    "plan.review": "sector",
    "hiring.read": "sector",
    "hiring.manage": "sector",
    "dashboard.read": "sector",
    "sectorplan.read": "sector",
    "sectorplan.write": "sector",
    "followup.read": "sector",
    "meeting.read": "sector",
    "meeting.write": "sector",
  },
  "LEADER@MINISTRY": {
    "figures.public": "all",
    "organisation.read": "sector",
    "apitoken.manage": "own",
    "notification.read": "own",
    "plan.read": "sector",
    "hiring.read": "sector",
    "dashboard.read": "sector",
    "sectorplan.read": "sector",
    "followup.read": "sector",
    "meeting.read": "sector",
  },
  "ADMIN@MINISTRY": {
    "figures.public": "all",
    "organisation.read": "sector",
    "notification.read": "own",
    "mail.manage": "sector",
    "user.manage": "sector",
    "organisation.manage": "sector",
    "audit.read": "sector",
  },
  "AGENCY_HR@AGENCY": {
    "figures.public": "all",
    "organisation.read": "sector",
    "apitoken.manage": "own",
    "notification.read": "own",
    "letter.read": "own",
    "plan.read": "own",
    "plan.write": "own",
    "hiring.read": "own",
    "hiring.write": "own",
    "dashboard.read": "sector",
    "sectorplan.read": "sector",
    "followup.read": "own",
    "followup.write": "own",
    "annualreport.write": "own",
    "meeting.read": "own",
  },
  "LEADER@AGENCY": {
    "figures.public": "all",
    "organisation.read": "sector",
    "notification.read": "own",
    /** The round's letter is sent to the agency's HR and its leader (issue 12). */
    "letter.read": "own",
    "plan.read": "own",
    "plan.signoff": "own",
    "hiring.read": "own",
    "dashboard.read": "sector",
    "sectorplan.read": "sector",
    "followup.read": "own",
    "meeting.read": "own",
  },
  "AUDITOR@AUDIT_OFFICE": {
    "figures.public": "all",
    "organisation.read": "audited",
    "notification.read": "own",
    "round.read": "audited",
    "letter.read": "audited",
    "plan.read": "audited",
    "hiring.read": "audited",
    "dashboard.read": "audited",
    "audit.read": "audited",
    /** The audit office reads the sector plan and every agency's follow-up of it (issue 13). */
    "sectorplan.read": "audited",
    "followup.read": "audited",
    /** The governance meetings' finalised minutes of the audited sectors (issue 13). */
    "meeting.read": "audited",
  },
};

/** What a person in this role and organisation may do, and how far. */
export function grantsFor(role: Role, kind: OrganisationKind): Grants {
  return GRANTS[`${role}@${kind}`] ?? {};
}

/**
 * API token scopes (issue 14): a token may do only what its scopes name, and never more than its
 * owner's role allows (the owner's scope applies).
 */
export const TOKEN_SCOPES = {
  "figures:read": ["organisation.read", "hiring.read", "dashboard.read"],
  "figures:write": ["organisation.read", "hiring.read", "hiring.write"],
  /** The agency's plans, the letters asking for them, the sector plan and the agency's follow-up of it. */
  "plans:read": ["organisation.read", "plan.read", "letter.read", "sectorplan.read", "followup.read"],
  /** The agency's own follow-up of the sector plan's measures (docs/decisions/026-api-plans-and-follow-up.md). */
  "followup:write": ["organisation.read", "sectorplan.read", "followup.read", "followup.write"],
  "sector:read": ["organisation.read", "round.read", "letter.read", "plan.read", "hiring.read", "dashboard.read", "sectorplan.read", "followup.read"],
} as const satisfies Record<string, readonly Action[]>;
export type TokenScope = keyof typeof TOKEN_SCOPES;
export const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as TokenScope[];

/**
 * The scopes a person may give their own tokens (issue 14): an agency's HR its agency's figures and
 * plans, and its follow-up of the sector plan; the ministry's advisers and leaders the sector, read only. Nobody else makes tokens.
 */
export const TOKEN_SCOPES_BY_PROFILE: Partial<Record<Profile, readonly TokenScope[]>> = {
  "AGENCY_HR@AGENCY": ["figures:read", "figures:write", "plans:read", "followup:write"],
  "ADVISER@MINISTRY": ["sector:read"],
  "LEADER@MINISTRY": ["sector:read"],
};

/** The scopes this role in this kind of organisation may give a token (none: it makes no tokens). */
export function tokenScopesFor(role: Role, kind: OrganisationKind): readonly TokenScope[] {
  return TOKEN_SCOPES_BY_PROFILE[`${role}@${kind}`] ?? [];
}

/** Background work and the command line act as named jobs, each with the actions it needs. */
export const JOB_GRANTS = {
  /** `npm run admin`: the first administrator and organisations on a fresh installation. */
  "admin-cli": { "user.manage": "all", "organisation.manage": "all" },
  /** The worker: notifications from reminders and digests, and e-mail delivery (issue 12). */
  notifier: { "notification.send": "all" },
} as const satisfies Record<string, Grants>;
export type JobName = keyof typeof JOB_GRANTS;

/** The signed-out public: the published figures (/offentlig, issue 11), and the demo's caught e-mail. */
export const PUBLIC_GRANTS: Grants = {
  "figures.public": "all",
  "demomail.read": "all",
};
