import "server-only";
import { notify, peopleOf } from "@/lib/data/notifications";
import type { Prisma } from "@/lib/generated/prisma/client";

// The events that notify someone (issue 12), each called inside the transaction of its change:
// who gets what, with which link. Texts come from lib/i18n/notifications.ts, each e-mail in its
// recipient's language (peopleOf carries User.locale); no figures.

type Tx = Prisma.TransactionClient;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A round's letters sent (or a correction): each agency's HR and leader get theirs. */
export async function notifyLettersSent(tx: Tx, letterIds: readonly string[]): Promise<void> {
  const letters = await tx.letter.findMany({
    where: { id: { in: [...letterIds] } },
    select: { id: true, title: true, deadline: true, agencyId: true, agency: { select: { name: true } } },
  });
  // Everyone of every agency in one query, not one per letter.
  const everyone = await peopleOf(tx, [...new Set(letters.map((l) => l.agencyId))], ["AGENCY_HR", "LEADER"]);
  for (const letter of letters) {
    const people = everyone.filter((u) => u.organisationId === letter.agencyId);
    await notify(tx, {
      key: `letter-sent:${letter.id}`,
      kind: "ROUND_SENT",
      link: `/brev/${letter.id}`,
      recipients: people.map((u) => ({
        ...u,
        params: { kind: "ROUND_SENT", letterTitle: letter.title ?? "", deadline: iso(letter.deadline), agencyName: letter.agency.name },
      })),
    });
  }
}

async function planContext(tx: Tx, planId: string) {
  return tx.actionPlan.findUniqueOrThrow({
    where: { id: planId },
    select: { id: true, agencyId: true, agency: { select: { name: true } }, round: { select: { title: true, year: true, ministryId: true } } },
  });
}

/** A plan submitted (or resubmitted, or a revision of an approved plan): the round's ministry's advisers. */
export async function notifyPlanSubmitted(tx: Tx, planId: string, versionNumber: number, revision = false): Promise<void> {
  const plan = await planContext(tx, planId);
  const advisers = await peopleOf(tx, [plan.round.ministryId], ["ADVISER"]);
  const roundTitle = `${plan.round.title} (${plan.round.year})`;
  await notify(tx, {
    key: `plan-submitted:${plan.id}:${versionNumber}`,
    kind: "PLAN_SUBMITTED",
    link: `/planer/${plan.id}`,
    recipients: advisers.map((u) => ({ ...u, params: { kind: "PLAN_SUBMITTED", agencyName: plan.agency.name, roundTitle, versionNumber, revision } })),
  });
}

/** Changes requested, or the plan approved (a revision too): the agency's HR, with the adviser's message. */
export async function notifyPlanReviewed(
  tx: Tx, planId: string, versionNumber: number, outcome: "APPROVED" | "CHANGES_REQUESTED", message: string | null, revision = false,
): Promise<void> {
  const plan = await planContext(tx, planId);
  const hr = await peopleOf(tx, [plan.agencyId], ["AGENCY_HR"]);
  const roundTitle = `${plan.round.title} (${plan.round.year})`;
  await notify(tx, {
    key: `plan-reviewed:${plan.id}:${versionNumber}:${outcome}`,
    kind: "PLAN_REVIEWED",
    link: `/planer/${plan.id}`,
    recipients: hr.map((u) => ({ ...u, params: { kind: "PLAN_REVIEWED", agencyName: plan.agency.name, roundTitle, outcome, message, revision } })),
  });
}

/**
 * The leader's sign-off (issue 13): HR asks, and the agency's leaders are told; the leader
 * approves or sends the draft back, and the agency's HR is told (with the leader's comment).
 * The key names the draft version, so asking again for a new draft notifies again.
 */
export async function notifyPlanSignoff(
  tx: Tx, planId: string, draftVersion: number, outcome: "REQUESTED" | "APPROVED" | "RETURNED", message: string | null,
): Promise<void> {
  const plan = await planContext(tx, planId);
  const people = await peopleOf(tx, [plan.agencyId], [outcome === "REQUESTED" ? "LEADER" : "AGENCY_HR"]);
  const roundTitle = `${plan.round.title} (${plan.round.year})`;
  await notify(tx, {
    key: `plan-signoff:${plan.id}:${draftVersion}:${outcome}`,
    kind: "PLAN_SIGNOFF",
    link: `/planer/${plan.id}`,
    recipients: people.map((u) => ({ ...u, params: { kind: "PLAN_SIGNOFF", agencyName: plan.agency.name, roundTitle, outcome, message } })),
  });
}

/** The sector plan published, or a new version of it: every agency of the sector (HR and leaders). */
export async function notifySectorPlanPublished(tx: Tx, sectorPlanId: string, versionNumber: number, title: string): Promise<void> {
  const plan = await tx.sectorPlan.findUniqueOrThrow({ where: { id: sectorPlanId }, select: { ministryId: true } });
  const agencies = await tx.organisation.findMany({ where: { kind: "AGENCY", parentId: plan.ministryId }, select: { id: true } });
  const people = await peopleOf(tx, agencies.map((a) => a.id), ["AGENCY_HR", "LEADER"]);
  await notify(tx, {
    key: `sector-plan:${sectorPlanId}:${versionNumber}`,
    kind: "SECTOR_PLAN_PUBLISHED",
    link: `/sektorplan/${sectorPlanId}`,
    recipients: people.map((u) => ({ ...u, params: { kind: "SECTOR_PLAN_PUBLISHED", title, versionNumber, agencyName: u.organisationName } })),
  });
}
