import { can, type Action, type Actor, type Role } from "@/lib/access";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { shellTexts } from "@/lib/i18n/shell";

export interface NavItem {
  href: string;
  label: string;
}

type Label = keyof typeof shellTexts.nb.nav;

interface Entry {
  href: string;
  label: Label;
  /** Shown only to those the action is granted (null: to everyone signed in). */
  needs: Action | null;
}

/** The home page (issue 12): what to do next, for every role. */
const HOME: Entry = { href: "/", label: "home", needs: null };
const ROUNDS: Entry = { href: "/runder", label: "rounds", needs: "round.read" };
/** The agency's letters and their plans: its HR, and its leader, who reads them (issue 13). */
const INBOX: Entry = { href: "/brev", label: "inbox", needs: "letter.read" };
const HIRES: Entry = { href: "/tall", label: "hires", needs: "hiring.read" };
const DASHBOARD: Entry = { href: "/dashbord", label: "dashboard", needs: "dashboard.read" };
const SECTOR_PLAN: Entry = { href: "/sektorplan", label: "sectorPlan", needs: "sectorplan.read" };
const FOLLOW_UP: Entry = { href: "/oppfolging", label: "followUp", needs: "followup.write" };
/** Governance meetings' records and minutes (issue 13). */
const MEETINGS: Entry = { href: "/moter", label: "meetings", needs: "meeting.read" };
const USERS: Entry = { href: "/admin/brukere", label: "users", needs: "user.manage" };
const ORGANISATIONS: Entry = { href: "/admin/virksomheter", label: "organisations", needs: "organisation.manage" };
const MAIL: Entry = { href: "/admin/epost", label: "mail", needs: "mail.manage" };
const AUDIT_LOG: Entry = { href: "/logg", label: "auditLog", needs: "audit.read" };

/** The menu's order for each role, the home page first (sign-in lands there); each item shown only when permitted. */
const ORDER: Record<Role, Entry[]> = {
  ADVISER: [HOME, ROUNDS, SECTOR_PLAN, DASHBOARD, HIRES, MEETINGS],
  AGENCY_HR: [HOME, INBOX, FOLLOW_UP, HIRES, DASHBOARD, MEETINGS],
  // INBOX shows only to an agency's leader (a ministry's leader has no letter.read).
  LEADER: [HOME, INBOX, DASHBOARD, SECTOR_PLAN, HIRES, MEETINGS],
  AUDITOR: [HOME, ROUNDS, SECTOR_PLAN, HIRES, DASHBOARD, MEETINGS, AUDIT_LOG],
  ADMIN: [HOME, USERS, ORGANISATIONS, MAIL, AUDIT_LOG],
};

/** The menu's links for the actor, labelled in the given language. */
export function navItemsFor(actor: Actor, locale: Locale = "nb"): NavItem[] {
  const labels = textsIn(shellTexts, locale).nav;
  return ORDER[actor.role].filter((e) => e.needs === null || can(actor, e.needs)).map(({ href, label }) => ({ href, label: labels[label] }));
}
