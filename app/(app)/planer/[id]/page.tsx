import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { AttachmentUpload } from "@/components/attachments/attachment-upload";
import { PlanEditor } from "@/components/plans/plan-editor";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { groupComments, PlanComments } from "@/components/plans/plan-comments";
import { PlanHistory } from "@/components/plans/plan-history";
import { PlanVersionList } from "@/components/plans/plan-version-list";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { listPlanAttachments } from "@/lib/data/attachments";
import { getPlan } from "@/lib/data/plans";
import { env } from "@/lib/env";
import { savePlanDraftAction, submitPlanAction } from "./actions";
import { deletePlanAttachmentAction, uploadPlanAttachmentAction } from "./attachment-actions";
import { formatShortDate } from "@/lib/domain/format";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Handlingsplan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  const attachments = await listPlanAttachments(actor, plan.id);
  // Back to where this reader came from: the round (the ministry, the auditor), the inbox (the
  // agency's HR), or the agency's page (leaders).
  const back = can(actor, "round.read") ? `/runder/${plan.round.id}` : can(actor, "plan.write") ? "/brev" : `/virksomheter/${plan.agency.id}`;
  const latestNumber = plan.latestVersion?.number;
  const byElement = groupComments(plan.comments.filter((c) => c.versionNumber === latestNumber));
  const general = byElement.general ?? [];
  return (
    <div className="flex flex-col gap-6">
      <Link href={back}>← Tilbake</Link>
      <Heading level={1} data-size="lg">
        Handlingsplan for inkluderingsdugnaden – {plan.agency.name}
      </Heading>
      <div className="flex flex-wrap items-center gap-3">
        <span>Status:</span> <PlanStatusTag status={plan.status} />
        <span>Frist: {formatShortDate(plan.round.deadline)}</span>
      </div>
      {plan.status === "CHANGES_REQUESTED" && plan.draft && (
        <Alert data-color="warning">
          Departementet har bedt om endringer i versjon {latestNumber}. Se kommentarene ved elementene, endre planen og
          send den inn på nytt.
        </Alert>
      )}
      {plan.canEdit && plan.draft && (
        <Paragraph>
          <Link href={`/planer/${plan.id}/importer`}>Importer fra Word</Link> – har dere planen i et Word-dokument, kan dere bruke det som utkast.
        </Paragraph>
      )}
      {plan.canReview && (
        <Paragraph>
          <Link href={`/planer/${plan.id}/gjennomgang`}>Gå gjennom versjon {latestNumber}: kommenter, godkjenn eller be om endringer</Link>
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
              submitPlan={submitPlanAction}
              commentsByElement={Object.fromEntries(
                Object.entries(byElement).map(([k, list]) => [k, list.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }))]),
              )}
            />
          ) : plan.latestVersion ? (
            <>
              {plan.status === "SUBMITTED" && actor.organisationKind === "AGENCY" && (
                <Alert data-color="info">Planen er sendt inn og kan ikke endres mens departementet går gjennom den.</Alert>
              )}
              <PlanComments comments={general} label="Departementets kommentar" />
              <PlanContentView
                content={plan.latestVersion.content}
                commentsByElement={Object.fromEntries(
                  PLAN_ELEMENTS.map((k) => [k, <PlanComments key={k} comments={byElement[k] ?? []} label={`Kommentar til ${nb.planElements[k]}`} />]),
                )}
              />
            </>
          ) : (
            <Paragraph>Planen er ikke sendt inn ennå. Innholdet vises når virksomheten har sendt den inn.</Paragraph>
          )}
          <section aria-labelledby="vedlegg" className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id="vedlegg">
              Vedlegg
            </Heading>
            <AttachmentList attachments={attachments} remove={plan.canEdit ? deletePlanAttachmentAction : undefined} />
            {plan.canEdit && plan.draft && <AttachmentUpload owner={{ name: "planId", id: plan.id }} upload={uploadPlanAttachmentAction} maxMb={env.ATTACHMENT_MAX_MB} />}
          </section>
        </div>
        <aside className="flex flex-col gap-6" aria-label="Versjoner og historikk">
          <section aria-labelledby="versjoner">
            <Heading level={2} data-size="xs" id="versjoner" className="mb-2">
              Innsendte versjoner
            </Heading>
            <PlanVersionList planId={plan.id} versions={plan.versions} />
          </section>
          <section aria-labelledby="historikk">
            <Heading level={2} data-size="xs" id="historikk" className="mb-2">
              Historikk
            </Heading>
            <PlanHistory history={plan.history} />
          </section>
        </aside>
      </div>
    </div>
  );
}
