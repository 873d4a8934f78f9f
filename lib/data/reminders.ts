import "server-only";
import { authorize, type Principal } from "@/lib/access";
import { notify, peopleOf } from "@/lib/data/notifications";
import { prisma } from "@/lib/db";
import { todayInNorway } from "@/lib/domain/format";
import { deadlineReminder, figuresReminder } from "@/lib/domain/notifications";
import { existedIn } from "@/lib/domain/year-stats";

// The daily reminders (issue 12), for a given clock: the worker runs them each morning, a test
// with the day it wants. Each reminder has a key (the plan or agency, and the point in the
// schedule), so running a day twice, or on two instances, sends nothing twice.

const iso = (d: Date) => d.toISOString().slice(0, 10);
const NOT_SUBMITTED = ["NOT_STARTED", "DRAFT"] as const;
/** Overdue plans are reminded about for at most a year. */
const OVERDUE_WINDOW_DAYS = 366;

export interface ReminderRun {
  deadlineReminders: number;
  overviews: number;
  figuresReminders: number;
}

export async function runReminders(p: Principal, now: Date): Promise<ReminderRun> {
  authorize(p, "notification.send");
  const today = todayInNorway(now);
  const day = iso(today);
  const result: ReminderRun = { deadlineReminders: 0, overviews: 0, figuresReminders: 0 };

  // Plans not submitted in sent rounds whose deadline is near or past.
  const plans = await prisma.actionPlan.findMany({
    where: {
      status: { in: [...NOT_SUBMITTED] },
      round: { sentAt: { not: null }, deadline: { gte: new Date(today.getTime() - OVERDUE_WINDOW_DAYS * 86_400_000) } },
    },
    select: {
      id: true,
      agencyId: true,
      agency: { select: { name: true } },
      round: { select: { id: true, title: true, year: true, deadline: true, reminderDays: true, ministryId: true } },
    },
    orderBy: [{ round: { deadline: "asc" } }, { agency: { name: "asc" } }],
  });
  const overdueByMinistry = new Map<string, { name: string; roundTitle: string; deadline: string; roundId: string }[]>();
  // The agencies' people in one query, not one per plan.
  const agencyPeople = await peopleOf(prisma, [...new Set(plans.map((p) => p.agencyId))], ["AGENCY_HR", "LEADER"]);
  for (const plan of plans) {
    const deadline = iso(plan.round.deadline);
    const roundTitle = `${plan.round.title} (${plan.round.year})`;
    const due = deadlineReminder(day, deadline, plan.round.reminderDays);
    if (due) {
      const people = agencyPeople.filter((u) => u.organisationId === plan.agencyId);
      result.deadlineReminders += await prisma.$transaction(async (tx) =>
        notify(tx, {
          key: `deadline:${plan.id}:${due.point}`,
          kind: "PLAN_DEADLINE",
          link: `/planer/${plan.id}`,
          recipients: people.map((u) => ({ ...u, params: { kind: "PLAN_DEADLINE", roundTitle, deadline, agencyName: plan.agency.name, daysLeft: due.daysLeft } })),
        }),
      );
    }
    if (deadline < day) {
      const list = overdueByMinistry.get(plan.round.ministryId) ?? [];
      list.push({ name: plan.agency.name, roundTitle, deadline, roundId: plan.round.id });
      overdueByMinistry.set(plan.round.ministryId, list);
    }
  }

  // One overview a day per adviser of the ministry's overdue agencies, not one e-mail per agency.
  for (const [ministryId, agencies] of overdueByMinistry) {
    const rounds = [...new Set(agencies.map((a) => a.roundId))];
    result.overviews += await prisma.$transaction(async (tx) => {
      const advisers = await peopleOf(tx, [ministryId], ["ADVISER"]);
      return notify(tx, {
        key: `overdue:${ministryId}:${day}`,
        kind: "OVERDUE_OVERVIEW",
        link: rounds.length === 1 ? `/runder/${rounds[0]}` : "/runder",
        recipients: advisers.map((u) => ({
          ...u,
          params: { kind: "OVERDUE_OVERVIEW", date: day, agencies: agencies.map(({ name, roundTitle, deadline }) => ({ name, roundTitle, deadline })) },
        })),
      });
    });
  }

  // Hiring figures: agencies that have not reported a year the ministry has set a date for.
  const deadlines = await prisma.reportingDeadline.findMany({
    where: { dueOn: { gte: new Date(today.getTime() - 30 * 86_400_000), lte: new Date(today.getTime() + 14 * 86_400_000) } },
    select: { ministryId: true, year: true, dueOn: true },
  });
  for (const d of deadlines) {
    const due = figuresReminder(day, iso(d.dueOn));
    if (!due) continue;
    const agencies = await prisma.organisation.findMany({
      where: { kind: "AGENCY", parentId: d.ministryId, hiringReports: { none: { year: d.year } } },
      select: { id: true, name: true, establishedOn: true },
      orderBy: { name: "asc" },
    });
    for (const agency of agencies.filter((a) => existedIn(a, d.year))) {
      result.figuresReminders += await prisma.$transaction(async (tx) => {
        const people = await peopleOf(tx, [agency.id], ["AGENCY_HR"]);
        return notify(tx, {
          key: `figures:${agency.id}:${d.year}:${due.point}`,
          kind: "FIGURES_DUE",
          link: `/tall?aar=${d.year}`,
          recipients: people.map((u) => ({ ...u, params: { kind: "FIGURES_DUE", agencyName: agency.name, year: d.year, dueOn: iso(d.dueOn), daysLeft: due.daysLeft } })),
        });
      });
    }
  }
  return result;
}
