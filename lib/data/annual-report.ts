import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownAgency, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden } from "@/lib/data/errors";
import { readContent } from "@/lib/data/plans";
import {
  endOfYear, followUpAsOf, planAsOf, prefillNarrative, type AnnualReportTextInput, type ChapterCounts, type FollowUpSource, type Narrative,
} from "@/lib/domain/annual-report";
import { allMeasures, readSectorPlanContent } from "@/lib/domain/sector-plan";
import { annualReportTexts } from "@/lib/i18n/annual-report-nb";
import { localized } from "@/lib/i18n/current";

// The agency's text for chapter IV of its annual report, one per agency and year, read and written
// only by its own HR (annualreport.write). Until HR saves, the text offered is prefilled from the
// agency's plan and its follow-up of the sector plan as of the end of the year, recomputed on
// every read; a save is checked against the version the user started from, and never overwrites
// a newer text.

type Tx = Prisma.TransactionClient;

const narrativeSelect = { organisation: true, assessment: true, challenges: true, whatWorked: true } as const;
const narrativeOf = (r: Narrative): Narrative => ({ organisation: r.organisation, assessment: r.assessment, challenges: r.challenges, whatWorked: r.whatWorked });

function ownAgencyId(actor: Actor): string {
  const agencyId = ownAgency(actor, "annualreport.write");
  if (!agencyId) throw forbidden();
  return agencyId;
}

async function userName(db: Tx | typeof prisma, id: string | null): Promise<string> {
  if (!id) return "";
  return (await db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? "";
}

/** The sector plan the agency followed up as of the end of the year (the latest of its sector published by then), with its reports then. */
async function followUpSource(agencyId: string, ministryId: string | null, year: number): Promise<FollowUpSource | null> {
  if (!ministryId) return null;
  const end = endOfYear(year);
  const plan = await prisma.sectorPlan.findFirst({
    where: { ministryId, year: { lte: year }, versions: { some: { publishedAt: { lt: end } } } },
    orderBy: { year: "desc" },
    select: {
      id: true,
      versions: { where: { publishedAt: { lt: end } }, orderBy: { number: "desc" }, take: 1, select: { content: true } },
      followUps: {
        where: { agencyId },
        select: {
          measureId: true,
          revisions: { where: { at: { lt: end } }, select: { at: true, status: true, reason: true, comment: true } },
          // A follow-up carried from last year's plan (docs/decisions/020-next-sector-plan.md) brings its reports from there.
          previous: { select: { revisions: { where: { at: { lt: end } }, select: { at: true, status: true, reason: true, comment: true } } } },
        },
      },
    },
  });
  const version = plan?.versions[0];
  if (!plan || !version) return null;
  const content = readSectorPlanContent(version.content);
  const reports = new Map(plan.followUps.map((f) => [f.measureId, [...f.revisions, ...(f.previous?.revisions ?? [])]]));
  return {
    title: content.title,
    measures: allMeasures(content).map(({ measure }) => ({ id: measure.id, text: measure.text, reports: reports.get(measure.id) ?? [] })),
  };
}

/**
 * The chapter for the actor's own agency and a year: the year's figures, the text proposed from
 * the plan and the follow-up as of that year, and the saved text with its version, if any.
 */
export async function getAnnualReportChapter(actor: Actor, year: number) {
  const agencyId = ownAgencyId(actor);
  const end = endOfYear(year);
  const [agency, report, plans, saved, reportedYears] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true, parentId: true } }),
    prisma.hiringReport.findUnique({
      where: { agencyId_year: { agencyId, year } },
      select: { permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true, updatedAt: true },
    }),
    prisma.planVersion.findMany({
      where: { plan: { agencyId }, submittedAt: { lt: end } },
      orderBy: { submittedAt: "desc" },
      take: 1,
      select: { number: true, submittedAt: true, content: true },
    }),
    prisma.annualReportText.findUnique({ where: { agencyId_year: { agencyId, year } }, select: { ...narrativeSelect, version: true, updatedAt: true, updatedById: true } }),
    prisma.hiringReport.findMany({ where: { agencyId }, select: { year: true }, orderBy: { year: "desc" } }),
  ]);
  // Trainees are one number, all of them in the target group (../shared/DOMAIN.md).
  const counts: ChapterCounts | null = report
    ? { permanentTotal: report.permanentTotal, permanentTarget: report.permanentTarget, temporaryTotal: report.temporaryTotal, temporaryTarget: report.temporaryTarget, trainees: report.traineeTotal }
    : null;
  const planSources = plans.map((p) => ({ number: p.number, submittedAt: p.submittedAt, content: readContent(p.content) }));
  const followUp = await followUpSource(agencyId, agency.parentId, year);
  const prefill = prefillNarrative({ agencyName: agency.name, year, counts, plans: planSources, followUp });
  const plan = planAsOf(planSources, year);
  const reported = followUp ? followUpAsOf(followUp, year).length : 0;
  return {
    agencyName: agency.name,
    year,
    counts,
    /** When the year's figures were last changed (a saved text may predate them). */
    figuresUpdatedAt: report?.updatedAt ?? null,
    prefill,
    sources: {
      plan: plan ? { number: plan.number, submittedAt: plan.submittedAt } : null,
      followUp: followUp && reported > 0 ? { title: followUp.title, measures: reported } : null,
    },
    saved: saved
      ? { narrative: narrativeOf(saved), version: saved.version, savedAt: saved.updatedAt, savedBy: await userName(prisma, saved.updatedById) }
      : null,
    /** Years the agency has reported figures for, newest first. */
    reportedYears: reportedYears.map((r) => r.year),
  };
}

export type AnnualReportChapter = Awaited<ReturnType<typeof getAnnualReportChapter>>;

/**
 * Saves the narrative of the agency's chapter for a year. Refused when someone saved since the
 * version the user started from (null: nothing saved then): the newer text comes back with the
 * error, and nothing is overwritten. The audit event names the year and the version only: neither
 * the text nor any figures.
 */
export async function saveAnnualReportText(actor: Actor, input: AnnualReportTextInput) {
  const agencyId = ownAgencyId(actor);
  const { year, version, ...rest } = input;
  const narrative = narrativeOf(rest);
  return prisma.$transaction(async (tx) => {
    // One save of the agency's year at a time, so that a conflict is told with what the other saved.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`annualreport:${agencyId}:${year}`}))`;
    const key = { agencyId_year: { agencyId, year } };
    const current = await tx.annualReportText.findUnique({ where: key, select: { id: true, ...narrativeSelect, version: true, updatedAt: true, updatedById: true } });
    const stale = async () =>
      conflict(
        localized(annualReportTexts).errors.stale,
        current
          ? { version: current.version, narrative: narrativeOf(current), savedAt: current.updatedAt.toISOString(), savedBy: await userName(tx, current.updatedById) }
          : undefined,
      );
    if ((current?.version ?? null) !== version) throw await stale();
    let saved: { id: string; version: number; updatedAt: Date };
    if (current) {
      const { count } = await tx.annualReportText.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...narrative, version: { increment: 1 }, updatedById: actor.userId },
      });
      if (count !== 1) throw await stale();
      saved = await tx.annualReportText.findUniqueOrThrow({ where: { id: current.id }, select: { id: true, version: true, updatedAt: true } });
    } else {
      saved = await tx.annualReportText.create({ data: { agencyId, year, ...narrative, version: 1, updatedById: actor.userId }, select: { id: true, version: true, updatedAt: true } });
    }
    await recordAudit(tx, actor, {
      entity: "AnnualReportText",
      entityId: saved.id,
      action: current ? "update" : "create",
      subjectOrganisationId: agencyId,
      before: current ? { year, version: current.version } : undefined,
      after: { year, version: saved.version },
      // No view of the sector shows the text: cached views stay valid.
      changesViews: false,
    });
    return { version: saved.version, savedAt: saved.updatedAt };
  });
}
