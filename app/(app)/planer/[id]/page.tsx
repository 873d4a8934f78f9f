import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { AttachmentUpload } from "@/components/attachments/attachment-upload";
import { PlanEditor } from "@/components/plans/plan-editor";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { groupComments } from "@/components/plans/group-comments";
import { PlanComments } from "@/components/plans/plan-comments";
import { PlanHistory } from "@/components/plans/plan-history";
import { EarlierPlans, PlanVersionList } from "@/components/plans/plan-version-list";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { ActionButton } from "@/components/ui/action-button";
import { SignoffForm } from "@/components/plans/signoff-form";
import { PlanRevisionNotice, SignoffNotice } from "@/components/plans/revision-notices";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { listPlanAttachments } from "@/lib/data/attachments";
import { getPlan } from "@/lib/data/plans";
import { decideSignoffAction, requestSignoffAction, savePlanDraftAction, startRevisionAction, submitPlanAction } from "./actions";
import { env } from "@/lib/env";
import { deletePlanAttachmentAction, uploadPlanAttachmentAction } from "./attachment-actions";
import { formatShortDate } from "@/lib/domain/format";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planPageTexts } from "@/lib/i18n/plans";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(planPageTexts)).titles.plan };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale);
  const elements = textsIn(planTexts, locale).elements;
  const attachments = await listPlanAttachments(actor, plan.id);
  // Back to where this reader came from: the round (the ministry, the auditor), the inbox (the
  // agency's HR and leader), or the agency's page (the ministry's leaders).
  const agencyInbox = actor.organisationKind === "AGENCY" && can(actor, "letter.read");
  const back = can(actor, "round.read") ? `/runder/${plan.round.id}` : agencyInbox ? "/brev" : `/virksomheter/${plan.agency.id}`;
  const latestNumber = plan.latestVersion?.number;
  const byElement = groupComments(plan.comments.filter((c) => c.versionNumber === latestNumber));
  const general = byElement.general ?? [];
  const { standing, signoff } = plan;
  // Where the round asks for the leader's sign-off, the editor's main button asks for it until the
  // leader has approved exactly this draft (the server refuses a submit without it, too).
  const needsSignoff = signoff.required && signoff.state !== "approved";
  // While a revision runs, readers outside the agency see the approved version as the valid plan.
  const shown = standing.revision !== "none" && plan.validVersion ? plan.validVersion : plan.latestVersion;
  return (
    <div className="flex flex-col gap-6">
      <Link href={back}>{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading(plan.agency.name)}
      </Heading>
      <div className="flex flex-wrap items-center gap-3">
        <span>{t.status}</span> <PlanStatusTag status={plan.status} />
        <span>{t.deadline(formatShortDate(plan.round.deadline, locale))}</span>
      </div>
      {plan.basedOn && (
        <Paragraph>
          {t.basedOn}{" "}
          <Link href={`/planer/${plan.basedOn.planId}/versjoner/${plan.basedOn.number}`}>
            {t.basedOnLink(plan.basedOn.number, plan.basedOn.roundTitle, plan.basedOn.roundYear)}
          </Link>
          {t.basedOnAfter}
        </Paragraph>
      )}
      <PlanRevisionNotice
        planId={plan.id}
        standing={standing}
        validApprovedAt={plan.validVersion?.approvedAt ?? null}
        latestNumber={latestNumber ?? null}
        forAgency={plan.canEdit}
      />
      {plan.draft && signoff.required && <SignoffNotice signoff={signoff} forLeader={!plan.canEdit} />}
      {plan.canStartRevision && (
        <section aria-labelledby="revisjon" className="flex flex-col gap-2">
          <Heading level={2} data-size="xs" id="revisjon">
            {t.reviseHeading}
          </Heading>
          <Paragraph>{t.reviseIntro}</Paragraph>
          <ActionButton
            action={startRevisionAction.bind(null, plan.version)}
            arg={plan.id}
            label={t.startRevision}
            pendingLabel={t.startingRevision}
            variant="secondary"
          />
        </section>
      )}
      {plan.canSignoff && plan.draft && (
        <section aria-labelledby="godkjenning" className="flex flex-col gap-4">
          <Heading level={2} data-size="sm" id="godkjenning">
            {t.signoffHeading}
          </Heading>
          <Paragraph>{t.signoffIntro}</Paragraph>
          <SignoffForm planId={plan.id} version={plan.version} decide={decideSignoffAction} />
          <Heading level={3} data-size="xs">
            {t.signoffDraftHeading}
          </Heading>
          <PlanContentView content={plan.draft} />
        </section>
      )}
      {plan.status === "CHANGES_REQUESTED" && plan.draft && (
        <Alert data-color="warning">{t.changesRequested(latestNumber)}</Alert>
      )}
      {plan.canEdit && plan.draft && (
        <Paragraph>
          <Link href={`/planer/${plan.id}/importer`}>{t.importLink}</Link>
          {t.importAfter}
        </Paragraph>
      )}
      {plan.canReview && (
        <Paragraph>
          <Link href={`/planer/${plan.id}/gjennomgang`}>{t.reviewLink(latestNumber)}</Link>
        </Paragraph>
      )}

      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {plan.canEdit && plan.draft ? (
            <PlanEditor
              planId={plan.id}
              version={plan.version}
              content={plan.draft}
              saveDraft={savePlanDraftAction}
              submitPlan={needsSignoff ? requestSignoffAction : submitPlanAction}
              {...(needsSignoff ? { submitLabel: t.submitToLeader, submittedText: t.submittedToLeader } : {})}
              commentsByElement={Object.fromEntries(
                Object.entries(byElement).map(([k, list]) => [k, list.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }))]),
              )}
            />
          ) : plan.canSignoff ? null : shown ? (
            <>
              {plan.status === "SUBMITTED" && actor.organisationKind === "AGENCY" && (
                <Alert data-color="info">{t.submittedLocked}</Alert>
              )}
              {shown.number !== latestNumber && (
                <Heading level={2} data-size="sm">
                  {t.validPlanHeading(shown.number)}
                </Heading>
              )}
              {shown.number === latestNumber && <PlanComments comments={general} label={t.ministryComment} />}
              <PlanContentView
                content={shown.content}
                commentsByElement={
                  shown.number === latestNumber
                    ? Object.fromEntries(
                        PLAN_ELEMENTS.map((k) => [k, <PlanComments key={k} comments={byElement[k] ?? []} label={t.elementComment(elements[k])} />]),
                      )
                    : undefined
                }
              />
            </>
          ) : plan.draft && plan.status !== "NOT_STARTED" ? (
            <>
              {/* The agency's leader reads the draft HR is writing (issue 13). */}
              <Heading level={2} data-size="sm">
                {t.draftHeading}
              </Heading>
              <PlanContentView content={plan.draft} />
            </>
          ) : (
            <Paragraph>{t.notSubmitted}</Paragraph>
          )}
          <section aria-labelledby="vedlegg" className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id="vedlegg">
              {t.attachments}
            </Heading>
            <AttachmentList attachments={attachments} remove={plan.canEdit ? deletePlanAttachmentAction : undefined} />
            {plan.canEdit && plan.draft && <AttachmentUpload owner={{ name: "planId", id: plan.id }} upload={uploadPlanAttachmentAction} maxMb={env.ATTACHMENT_MAX_MB} />}
          </section>
        </div>
        <aside className="flex flex-col gap-6" aria-label={t.asideLabel}>
          <section aria-labelledby="versjoner">
            <Heading level={2} data-size="xs" id="versjoner" className="mb-2">
              {t.versionsHeading}
            </Heading>
            <PlanVersionList planId={plan.id} versions={plan.versions} validVersion={standing.validVersion} />
          </section>
          {plan.otherPlans.length > 0 && (
            <section aria-labelledby="andre-runder">
              <Heading level={2} data-size="xs" id="andre-runder" className="mb-2">
                {t.otherRoundsHeading}
              </Heading>
              <EarlierPlans plans={plan.otherPlans} />
            </section>
          )}
          <section aria-labelledby="historikk">
            <Heading level={2} data-size="xs" id="historikk" className="mb-2">
              {t.historyHeading}
            </Heading>
            <PlanHistory history={plan.history} />
          </section>
        </aside>
      </div>
    </div>
  );
}
