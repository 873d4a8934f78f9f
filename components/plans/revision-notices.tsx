import Link from "next/link";
import { Alert, Paragraph, Tag } from "@digdir/designsystemet-react";
import { formatDateTime } from "@/lib/domain/format";
import type { PlanStanding, SignoffState } from "@/lib/domain/plan-revision";
import { nb } from "@/lib/i18n/nb";

/**
 * While a revision of an approved plan runs (issue 13): which version is the valid one, and where
 * the revision stands. Nothing for a plan without a revision.
 */
export function PlanRevisionNotice({
  planId, standing, validApprovedAt, latestNumber, forAgency,
}: { planId: string; standing: PlanStanding; validApprovedAt: Date | null; latestNumber: number | null; forAgency: boolean }) {
  if (standing.revision === "none" || standing.validVersion === null) return null;
  const valid = standing.validVersion;
  const pending = standing.revision === "submitted" && latestNumber !== null && latestNumber !== valid ? latestNumber : null;
  return (
    <Alert data-color="info">
      <Paragraph className="mb-2">
        <Tag data-color="warning">{nb.planRevision[standing.revision]}</Tag>
      </Paragraph>
      <Paragraph>
        Gjeldende plan er <Link href={`/planer/${planId}/versjoner/${valid}`}>versjon {valid}</Link>, godkjent
        {validApprovedAt ? ` ${formatDateTime(validApprovedAt)}` : " av departementet"}. Den gjelder til departementet har
        godkjent revisjonen.
        {pending !== null && (
          <>
            {" "}
            Revisjonen er sendt inn som <Link href={`/planer/${planId}/versjoner/${pending}`}>versjon {pending}</Link> og venter
            på gjennomgang.
          </>
        )}
        {forAgency && standing.revision !== "submitted" && " Utkastet under er revisjonen."}
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
export function SignoffNotice({ signoff, forLeader }: { signoff: SignoffInfo; forLeader: boolean }) {
  const at = signoff.at ? formatDateTime(signoff.at) : "";
  switch (signoff.state) {
    case "notRequired":
      return null;
    case "notAsked":
    case "outdated":
      return (
        <Alert data-color="info">
          Runden krever at virksomhetens leder godkjenner planen før den sendes inn.{" "}
          {signoff.state === "outdated" && "Utkastet er endret siden lederen fikk det, så lederen må godkjenne det på nytt. "}
          {forLeader ? "HR har ikke sendt utkastet til deg ennå." : "Når planen er klar, sender du den til leder for godkjenning."}
        </Alert>
      );
    case "requested":
      return (
        <Alert data-color="info">
          Planen ble sendt til leder for godkjenning {at}.{" "}
          {forLeader ? "" : "Endrer du planen nå, må du sende den til leder på nytt."}
        </Alert>
      );
    case "approved":
      return (
        <Alert data-color="success">
          {signoff.byName || "Lederen"} godkjente utkastet for innsending {at}.{" "}
          {forLeader ? "HR kan nå sende det inn." : "Du kan sende inn planen. Endrer du den, må lederen godkjenne den på nytt."}
        </Alert>
      );
    case "returned":
      return (
        <Alert data-color="warning">
          <Paragraph>
            {signoff.byName || "Lederen"} sendte planen tilbake {at}.
            {!forLeader && " Endre planen og send den til leder for godkjenning på nytt."}
          </Paragraph>
          {signoff.comment && <Paragraph>Kommentar: {signoff.comment}</Paragraph>}
        </Alert>
      );
  }
}
