import { formatDateTime } from "@/lib/domain/format";

const ACTION_TEXT: Record<string, string> = {
  start: "begynte på planen",
  submit: "sendte inn planen",
  requestChanges: "ba om endringer",
  approve: "godkjente planen",
  revise: "startet en revisjon av den godkjente planen",
  requestSignoff: "sendte planen til leder for godkjenning",
  signoff: "godkjente planen for innsending",
  returnSignoff: "sendte planen tilbake til HR",
};

/** The plan's status history: who did what, when. */
export function PlanHistory({ history }: { history: { at: Date; action: string; actorName: string }[] }) {
  if (history.length === 0) return <p>Ingen hendelser ennå.</p>;
  return (
    <ol className="flex flex-col gap-1">
      {history.map((h, i) => (
        <li key={i}>
          {formatDateTime(h.at)}: {h.actorName || "Ukjent"} {ACTION_TEXT[h.action] ?? h.action}
        </li>
      ))}
    </ol>
  );
}
