import Link from "next/link";
import { Alert, Paragraph, Tag } from "@/components/ds/primitives";
import { formatDateTime } from "@/lib/domain/format";
import type { PlanStanding, SignoffState } from "@/lib/domain/plan-revision";
import { textsIn } from "@/lib/i18n/messages";
import { commonTexts } from "@/lib/i18n/common";
import { planPageTexts } from "@/lib/i18n/plans";
import { requestLocale } from "@/lib/i18n/server";

/**
 * While a revision of an approved plan runs (issue 13): which version is the valid one, and where
 * the revision stands. Nothing for a plan without a revision.
 */
export async function PlanRevisionNotice({
  planId, standing, validApprovedAt, latestNumber, forAgency,
}: { planId: string; standing: PlanStanding; validApprovedAt: Date | null; latestNumber: number | null; forAgency: boolean }) {
  if (standing.revision === "none" || standing.validVersion === null) return null;
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale).revision;
  const revisionState = textsIn(commonTexts, locale).planRevision;
  const valid = standing.validVersion;
  const pending = standing.revision === "submitted" && latestNumber !== null && latestNumber !== valid ? latestNumber : null;
  return (
    <Alert data-color="info">
      <Paragraph className="mb-2">
        <Tag data-color="warning">{revisionState[standing.revision]}</Tag>
      </Paragraph>
      <Paragraph>
        {t.validBefore}
        <Link href={`/planer/${planId}/versjoner/${valid}`}>{t.version(valid)}</Link>
        {t.approved(validApprovedAt ? formatDateTime(validApprovedAt, locale) : null)}
        {t.validUntil}
        {pending !== null && (
          <>
            {t.pendingBefore}
            <Link href={`/planer/${planId}/versjoner/${pending}`}>{t.version(pending)}</Link>
            {t.pendingAfter}
          </>
        )}
        {forAgency && standing.revision !== "submitted" && t.draftIsRevision}
      </Paragraph>
    </Alert>
  );
}

interface SignoffInfo {
  state: SignoffState;
  at: Date | null;
  byName: string;
  comment: string | null;
}

/** Where the leader's sign-off of the draft stands, for the agency's HR and its leader (issue 13). */
export async function SignoffNotice({ signoff, forLeader }: { signoff: SignoffInfo; forLeader: boolean }) {
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale).signoff;
  const at = signoff.at ? formatDateTime(signoff.at, locale) : "";
  switch (signoff.state) {
    case "notRequired":
      return null;
    case "notAsked":
    case "outdated":
      return (
        <Alert data-color="info">
          {t.required}{" "}
          {signoff.state === "outdated" && `${t.outdated} `}
          {forLeader ? t.notSentToLeader : t.sendWhenReady}
        </Alert>
      );
    case "requested":
      return (
        <Alert data-color="info">
          {t.requested(at)}{" "}
          {forLeader ? "" : t.changeMeansResend}
        </Alert>
      );
    case "approved":
      return (
        <Alert data-color="success">
          {t.approved(signoff.byName || t.leader, at)}{" "}
          {forLeader ? t.hrCanSubmit : t.youCanSubmit}
        </Alert>
      );
    case "returned":
      return (
        <Alert data-color="warning">
          <Paragraph>
            {t.returned(signoff.byName || t.leader, at)}
            {!forLeader && t.changeAndResend}
          </Paragraph>
          {signoff.comment && <Paragraph>{t.comment(signoff.comment)}</Paragraph>}
        </Alert>
      );
  }
}
