import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, can, ownAgency, sectorsFor, type Actor } from "@/lib/access";
import { getDashboard, type SectorYear } from "@/lib/data/dashboard";
import { listUsers } from "@/lib/data/users";
import { isAuditKind } from "@/lib/domain/admin-queries";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { todayInNorway } from "@/lib/domain/format";
import {
  followUpDate, homeKindOf, lastCompleteYear, missingYears, orderChanges, orderItems, yearEnded,
  type ChangeGroup, type HomeItem, type HomeKind,
} from "@/lib/domain/home";
import type { PlanStatus } from "@/lib/domain/plan";
import { allMeasures, readSectorPlanContent } from "@/lib/domain/sector-plan";
import type { AgencyFigure } from "@/lib/domain/shares";

// The home page (issue 12): what to do next for the person signed in, most urgent first, each
// item a link to where it is done. Every query goes through lib/access with the action the item
// concerns (an item the person may not act on or read is never looked for), scoped to their own
// agency or sector, and the number of queries does not grow with the sector.

/** At most this many items of one kind are listed; the rest are counted ("… og 3 til"). */
export const HOME_LIST_LIMIT = 20;

export interface Glance {
  /** The latest complete year with figures, and the sector's figures for it as this person sees them. */
  sector: SectorYear | null;
  planStatusCounts: Record<PlanStatus, number>;
  latestRoundTitle: string | null;
  /** An agency's leader: its own agency. */
  own: { name: string; figure: AgencyFigure | null; planStatus: PlanStatus | null } | null;
}

export interface AuditChanges {
  /** The previous sign-in; null when there was none (everything in the log is shown). */
  since: Date | null;
  groups: (ChangeGroup & { href: string })[];
}

export interface Home {
  kind: HomeKind;
  /** Today in Norway. */
  today: Date;
  items: HomeItem[];
  /** Items left off the list (more than HOME_LIST_LIMIT of a kind). */
  more: number;
  glance: Glance | null;
  changes: AuditChanges | null;
}

type Items = { items: HomeItem[]; more: number };
const none: Items = { items: [], more: 0 };

/** Everything the home page shows for this person at `now`. */
export async function getHome(actor: Actor, now: Date): Promise<Home> {
  const today = todayInNorway(now);
  const kind = homeKindOf(actor.role);
  const base = { kind, today, glance: null, changes: null };
  switch (kind) {
    case "agency": {
      const found = await agencyItems(actor, today);
      return { ...base, items: orderItems(found.items), more: found.more };
    }
    case "adviser": {
      const found = await adviserItems(actor, today);
      return { ...base, items: orderItems(found.items), more: found.more };
    }
    case "leader": {
      const [items, overview] = await Promise.all([signoffItems(actor), glance(actor)]);
      return { ...base, items: orderItems(items), more: 0, glance: overview };
    }
    case "auditor":
      return { ...base, items: [], more: 0, changes: await auditChanges(actor) };
    case "admin": {
      const found = await invitedItems(actor);
      return { ...base, items: orderItems(found.items), more: found.more };
    }
  }
}

/** An agency's HR: its plan, the ministry's requests, its missing years, the sector plan's follow-up. */
async function agencyItems(actor: Actor, today: Date): Promise<Items> {
  const planAgency = ownAgency(actor, "plan.write");
  const figuresAgency = ownAgency(actor, "hiring.write");
  const followUpAgency = ownAgency(actor, "followup.write");
  const [plans, agency, followUp] = await Promise.all([
    planAgency
      ? prisma.actionPlan.findMany({
          where: { agencyId: planAgency, status: { in: ["NOT_STARTED", "DRAFT", "CHANGES_REQUESTED"] }, round: { sentAt: { not: null } } },
          select: {
            id: true,
            status: true,
            round: { select: { title: true, deadline: true } },
            // A request for changes always comes with the adviser's message: its time is the request's.
            comments: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
          },
          orderBy: { round: { deadline: "asc" } },
        })
      : Promise.resolve([]),
    figuresAgency
      ? prisma.organisation.findUnique({ where: { id: figuresAgency }, select: { establishedOn: true, hiringReports: { select: { year: true } } } })
      : Promise.resolve(null),
    followUpAgency ? unreportedMeasures(actor, followUpAgency) : Promise.resolve(null),
  ]);
  const items: HomeItem[] = [];
  for (const p of plans) {
    if (p.status === "CHANGES_REQUESTED") {
      items.push({ kind: "changesRequested", date: p.comments[0]?.createdAt ?? p.round.deadline, href: `/planer/${p.id}`, roundTitle: p.round.title });
    } else {
      items.push({ kind: "planDue", date: p.round.deadline, href: `/planer/${p.id}`, roundTitle: p.round.title });
    }
  }
  if (agency) {
    for (const year of missingYears(agency.hiringReports.map((r) => r.year), today, agency.establishedOn)) {
      items.push({ kind: "figuresMissing", date: yearEnded(year), href: `/tall?aar=${year}`, year });
    }
  }
  if (followUp) items.push(followUp);
  return { items, more: 0 };
}

/** The measures of the latest published sector plan the agency has given no status, as one item. */
async function unreportedMeasures(actor: Actor, agencyId: string): Promise<HomeItem | null> {
  const plan = await prisma.sectorPlan.findFirst({
    where: { ministryId: { in: sectorsFor(actor, "followup.write") }, versions: { some: {} } },
    orderBy: { year: "desc" },
    select: {
      id: true,
      versions: { select: { publishedAt: true, content: true }, orderBy: { number: "desc" }, take: 1 },
      followUps: { where: { agencyId }, select: { measureId: true } },
    },
  });
  const latest = plan?.versions[0];
  if (!plan || !latest) return null;
  const content = readSectorPlanContent(latest.content);
  const reported = new Set(plan.followUps.map((f) => f.measureId));
  const open = allMeasures(content).filter((m) => !reported.has(m.measure.id));
  if (open.length === 0) return null;
  const { date, hasDue } = followUpDate(open.map((m) => m.measure.due), latest.publishedAt);
  return { kind: "followUpMissing", date, hasDue, href: "/oppfolging", count: open.length, planTitle: content.title };
}

/** The ministry's adviser: plans to review, agencies past the deadline, agencies without last year's figures. */
async function adviserItems(actor: Actor, today: Date): Promise<Items> {
  const year = lastCompleteYear(today);
  const reviewable = can(actor, "plan.review");
  const rounds = can(actor, "round.read");
  const figures = can(actor, "hiring.read");
  const submittedWhere = reviewable ? { status: "SUBMITTED" as const, agency: agencyWhere(actor, "plan.review") } : null;
  const overdueWhere = rounds
    ? {
        status: { in: ["NOT_STARTED" as const, "DRAFT" as const] },
        agency: agencyWhere(actor, "round.read"),
        round: { ministryId: { in: sectorsFor(actor, "round.read") }, sentAt: { not: null }, deadline: { lt: today } },
      }
    : null;
  const missingWhere = figures
    ? {
        AND: [
          agencyWhere(actor, "hiring.read"),
          // Only agencies that existed in the year.
          { OR: [{ establishedOn: null }, { establishedOn: { lt: yearEnded(year) } }] },
          { hiringReports: { none: { year } } },
        ],
      }
    : null;
  const [submitted, submittedCount, overdue, overdueCount, missing, missingCount] = await Promise.all([
    submittedWhere
      ? prisma.actionPlan.findMany({
          where: submittedWhere,
          select: { id: true, submittedAt: true, updatedAt: true, agency: { select: { name: true } }, round: { select: { title: true } } },
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          take: HOME_LIST_LIMIT,
        })
      : [],
    submittedWhere ? prisma.actionPlan.count({ where: submittedWhere }) : 0,
    overdueWhere
      ? prisma.actionPlan.findMany({
          where: overdueWhere,
          select: { id: true, agency: { select: { name: true } }, round: { select: { id: true, title: true, deadline: true } } },
          orderBy: [{ round: { deadline: "asc" } }, { agency: { name: "asc" } }],
          take: HOME_LIST_LIMIT,
        })
      : [],
    overdueWhere ? prisma.actionPlan.count({ where: overdueWhere }) : 0,
    missingWhere
      ? prisma.organisation.findMany({ where: missingWhere, select: { id: true, name: true }, orderBy: { name: "asc" }, take: HOME_LIST_LIMIT })
      : [],
    missingWhere ? prisma.organisation.count({ where: missingWhere }) : 0,
  ]);
  const items: HomeItem[] = [
    ...submitted.map((p): HomeItem => ({ kind: "awaitsReview", date: p.submittedAt ?? p.updatedAt, href: `/planer/${p.id}`, agencyName: p.agency.name, roundTitle: p.round.title })),
    ...overdue.map((p): HomeItem => ({ kind: "overdue", date: p.round.deadline, href: `/runder/${p.round.id}`, agencyName: p.agency.name, roundTitle: p.round.title })),
    ...missing.map((a): HomeItem => ({ kind: "agencyFiguresMissing", date: yearEnded(year), href: `/virksomheter/${a.id}`, agencyName: a.name, year })),
  ];
  return { items, more: submittedCount - submitted.length + (overdueCount - overdue.length) + (missingCount - missing.length) };
}

/**
 * An agency's leader: plans whose draft HR has asked them to approve before submitting (issue 13).
 * A request for a draft edited since does not wait for the leader any more.
 */
async function signoffItems(actor: Actor): Promise<HomeItem[]> {
  const agency = ownAgency(actor, "plan.signoff");
  if (!agency) return [];
  const plans = await prisma.actionPlan.findMany({
    where: { agencyId: agency, signoffStatus: "REQUESTED", status: { in: ["DRAFT", "CHANGES_REQUESTED"] }, round: { requiresLeaderApproval: true } },
    select: { id: true, version: true, signoffVersion: true, signoffAt: true, updatedAt: true, round: { select: { title: true } } },
  });
  return plans
    .filter((p) => p.signoffVersion === p.version)
    .map((p): HomeItem => ({ kind: "signoffRequested", date: p.signoffAt ?? p.updatedAt, href: `/planer/${p.id}`, roundTitle: p.round.title }));
}

/**
 * A leader: the sector at a glance, from the dashboard's own data (who sees what is decided there:
 * exact for the ministry, the sector's publication for an agency, which sees its own agency exactly).
 */
async function glance(actor: Actor): Promise<Glance | null> {
  if (!can(actor, "dashboard.read")) return null;
  const d = await getDashboard(actor, parseDashboardQuery({}));
  const own = ownAgency(actor, "hiring.read");
  const ownRow = own ? d.agencies.find((a) => a.id === own) : undefined;
  return {
    sector: d.sector.find((s) => s.year === d.year) ?? null,
    planStatusCounts: d.planStatusCounts,
    latestRoundTitle: d.latestRoundTitle,
    own: ownRow ? { name: ownRow.name, figure: d.year !== null ? (ownRow.figures[d.year] ?? null) : null, planStatus: ownRow.planStatus } : null,
  };
}

/** The audit office: the audited sectors' audit events since the previous sign-in, per kind. */
async function auditChanges(actor: Actor): Promise<AuditChanges | null> {
  if (!can(actor, "audit.read")) return null;
  const sectors = sectorsFor(actor, "audit.read");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { previousSignInAt: true } });
  const since = user?.previousSignInAt ?? null;
  const groups = sectors.length
    ? await prisma.auditEvent.groupBy({
        by: ["entity", "action"],
        where: { sectorIds: { hasSome: sectors }, ...(since ? { at: { gt: since } } : {}) },
        _count: { _all: true },
        _max: { at: true },
      })
    : [];
  const fra = since ? todayInNorway(since).toISOString().slice(0, 10) : null;
  return {
    since,
    groups: orderChanges(groups.map((g) => ({ entity: g.entity, action: g.action, count: g._count._all, latest: g._max.at ?? since ?? new Date(0) }))).map((g) => {
      const params = new URLSearchParams();
      const kind = `${g.entity}.${g.action}`;
      if (isAuditKind(kind)) params.set("hendelse", kind);
      else if (isAuditKind(g.entity)) params.set("hendelse", g.entity);
      if (fra) params.set("fra", fra);
      const search = params.toString();
      return { ...g, href: `/logg${search ? `?${search}` : ""}` };
    }),
  };
}

/** The administrator: people invited to the sector who have not signed in yet. */
async function invitedItems(actor: Actor): Promise<Items> {
  if (!can(actor, "user.manage")) return none;
  const list = await listUsers(actor, { sok: "", status: "invited", side: 1 });
  return {
    items: list.rows.map((u): HomeItem => ({ kind: "invited", date: u.createdAt, href: `/admin/brukere/${u.id}`, userName: u.name, email: u.email })),
    more: list.total - list.rows.length,
  };
}
