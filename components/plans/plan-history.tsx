import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { planPageTexts } from "@/lib/i18n/plans";
import { requestLocale } from "@/lib/i18n/server";

/** The plan's status history: who did what, when. */
export async function PlanHistory({ history }: { history: { at: Date; action: string; actorName: string }[] }) {
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale).history;
  if (history.length === 0) return <p>{t.none}</p>;
  return (
    <ol className="flex flex-col gap-1">
      {history.map((h, i) => (
        <li key={i}>
          {formatDateTime(h.at, locale)}: {h.actorName || t.unknown} {t.actions[h.action] ?? h.action}
        </li>
      ))}
    </ol>
  );
}
