import { can, type Action, type Actor, type Role } from "@/lib/access";

export interface NavItem {
  href: string;
  label: string;
}

interface Entry extends NavItem {
  /** Shown only to those the action is granted (null: to everyone signed in). */
  needs: Action | null;
}

/** The home page (issue 12): what to do next, for every role. */
const HOME: Entry = { href: "/", label: "Hjem", needs: null };
const ROUNDS: Entry = { href: "/runder", label: "Tillegg og planer", needs: "round.read" };
/** The agency's letters and their plans: its HR, and its leader, who reads them (issue 13). */
const INBOX: Entry = { href: "/brev", label: "Brev og handlingsplan", needs: "letter.read" };
const HIRES: Entry = { href: "/tall", label: "Nytilsettinger", needs: "hiring.read" };
const DASHBOARD: Entry = { href: "/dashbord", label: "Dashbord", needs: "dashboard.read" };
const SECTOR_PLAN: Entry = { href: "/sektorplan", label: "Sektorplan", needs: "sectorplan.read" };
const FOLLOW_UP: Entry = { href: "/oppfolging", label: "Oppfølging av sektorplanen", needs: "followup.write" };
/** Governance meetings' records and minutes (issue 13). */
const MEETINGS: Entry = { href: "/moter", label: "Etatsstyringsmøter", needs: "meeting.read" };
const USERS: Entry = { href: "/admin/brukere", label: "Brukere", needs: "user.manage" };
const ORGANISATIONS: Entry = { href: "/admin/virksomheter", label: "Virksomheter", needs: "organisation.manage" };
const MAIL: Entry = { href: "/admin/epost", label: "E-post", needs: "mail.manage" };
const AUDIT_LOG: Entry = { href: "/logg", label: "Logg", needs: "audit.read" };

/** The menu's order for each role, the home page first (sign-in lands there); each item shown only when permitted. */
const ORDER: Record<Role, Entry[]> = {
  ADVISER: [HOME, ROUNDS, SECTOR_PLAN, DASHBOARD, HIRES, MEETINGS],
  AGENCY_HR: [HOME, INBOX, FOLLOW_UP, HIRES, DASHBOARD, MEETINGS],
  // INBOX shows only to an agency's leader (a ministry's leader has no letter.read).
  LEADER: [HOME, INBOX, DASHBOARD, SECTOR_PLAN, HIRES, MEETINGS],
  AUDITOR: [HOME, ROUNDS, SECTOR_PLAN, HIRES, DASHBOARD, MEETINGS, AUDIT_LOG],
  ADMIN: [HOME, USERS, ORGANISATIONS, MAIL, AUDIT_LOG],
};

export function navItemsFor(actor: Actor): NavItem[] {
  return ORDER[actor.role].filter((e) => e.needs === null || can(actor, e.needs)).map(({ href, label }) => ({ href, label }));
}
