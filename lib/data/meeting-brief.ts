import "server-only";
import { exactFigure } from "@/lib/domain/shares";
import { prisma } from "@/lib/db";
import { agencyWhere, authorize, type Actor } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { getAgencyFollowUp } from "@/lib/data/follow-ups";
import { latestPublishedPlanId } from "@/lib/data/sector-plans";
import type { PlanStatus } from "@/lib/domain/plan";

// One agency's brief for the governance meeting (etatsstyringsmøte): its action plan's status,
// new hires and share over the years (exact: the agency and its ministry both see them), its
// follow-up of the sector plan, and the ministry's review comments still open.

export async function getMeetingBrief(actor: Actor, agencyId: string) {
  authorize(actor, "followup.read");
  authorize(actor, "plan.read");
  const agency = await prisma.organisation.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(actor, "plan.read"), agencyWhere(actor, "followup.read"), agencyWhere(actor, "hiring.read")] },
    select: { id: true, name: true, shortName: true, parent: { select: { name: true } } },
  });
  if (!agency) throw notFound();

  const plan = await prisma.actionPlan.findFirst({
    where: { agencyId: agency.id },
    orderBy: [{ round: { year: "desc" } }, { round: { deadline: "desc" } }],
    select: {
      id: true,
      status: true,
      submittedAt: true,
      round: { select: { title: true, year: true, deadline: true } },
      versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
      comments: { select: { id: true, versionNumber: true, element: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const latestVersion = plan?.versions[0]?.number ?? null;
  // Open: the ministry asked for changes to the latest version and the agency has not resubmitted.
  const openComments = plan && plan.status === "CHANGES_REQUESTED" ? plan.comments.filter((c) => c.versionNumber === latestVersion) : [];

  // The brief goes to the meeting between the agency and its ministry, who both see the agency's
  // counts exactly (a year under 5 is marked "færre enn 5 – ikke for publisering" and has no share).
  const [reports] = await Promise.all([
    prisma.hiringReport.findMany({
      where: { agencyId: agency.id },
      orderBy: { year: "asc" },
      select: { agencyId: true, year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
    }),
  ]);
  const figures = reports.map((r) => ({ year: r.year, figure: exactFigure(r) }));
  const sectorPlanId = await latestPublishedPlanId(actor);
  const followUp = sectorPlanId ? await getAgencyFollowUp(actor, sectorPlanId, agency.id) : null;

  return {
    agency: { id: agency.id, name: agency.name, shortName: agency.shortName, ministryName: agency.parent?.name ?? "" },
    plan: plan
      ? {
          id: plan.id,
          status: plan.status as PlanStatus,
          roundTitle: plan.round.title,
          deadline: plan.round.deadline,
          submittedAt: plan.submittedAt,
          latestVersion,
        }
      : null,
    openComments,
    figures,
    followUp,
  };
}

export type MeetingBrief = Awaited<ReturnType<typeof getMeetingBrief>>;
