import type { Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
}

const ROUNDS = { href: "/runder", label: "Tillegg og planer" };
const INBOX = { href: "/brev", label: "Brev og handlingsplan" };
const HIRES = { href: "/tall", label: "Nytilsettinger" };
const DASHBOARD = { href: "/dashbord", label: "Dashbord" };
const SECTOR_PLAN = { href: "/sektorplan", label: "Sektorplan" };
const FOLLOW_UP = { href: "/oppfolging", label: "Oppfølging av sektorplanen" };

export const NAV_ITEMS: Record<Role, NavItem[]> = {
  ADVISER: [ROUNDS, SECTOR_PLAN, DASHBOARD, HIRES],
  AGENCY_HR: [INBOX, FOLLOW_UP, HIRES, DASHBOARD],
  LEADER: [DASHBOARD, SECTOR_PLAN, HIRES],
  AUDITOR: [ROUNDS, HIRES, DASHBOARD],
  ADMIN: [],
};

export function homeFor(role: Role): string {
  return NAV_ITEMS[role][0]!.href;
}
