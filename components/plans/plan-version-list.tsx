import Link from "next/link";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";
import type { PlanStatus } from "@/lib/domain/plan";
import { textsIn } from "@/lib/i18n/messages";
import { commonTexts } from "@/lib/i18n/common";
import { planPageTexts } from "@/lib/i18n/plans";
import { requestLocale } from "@/lib/i18n/server";

/**
 * Every submitted version, each with its PDF, and a form to compare two of them. Approved versions
 * are marked, and the valid one (issue 13: it stays valid while a revision runs).
 */
export async function PlanVersionList({
  planId, versions, validVersion = null,
}: { planId: string; versions: { number: number; submittedAt: Date; approvedAt?: Date | null }[]; validVersion?: number | null }) {
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale).versions;
  if (versions.length === 0) return <p>{t.none}</p>;
  const last = versions.at(-1)!.number;
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-2">
        {versions.map((v) => (
          <li key={v.number}>
            <Link href={`/planer/${planId}/versjoner/${v.number}`}>{t.version(v.number)}</Link>
            {t.submitted(formatDateTime(v.submittedAt, locale))}{" "}
            {v.approvedAt && (
              <strong>{v.number === validVersion ? t.approvedValid : t.approvedAt(formatDateTime(v.approvedAt, locale))}</strong>
            )}{" "}
            <a href={`/api/planer/${planId}/versjoner/${v.number}/pdf`} download>
              {t.pdf}
              <span className="sr-only">{t.pdfOf(v.number)}</span>
            </a>
          </li>
        ))}
      </ul>
      {versions.length > 1 && (
        <form action={`/planer/${planId}/sammenlign`} method="get" className="flex flex-col gap-2">
          <label htmlFor="fra">{t.compareFrom}</label>
          <select id="fra" name="fra" defaultValue={last - 1} className="rounded border p-1">
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {v.number}
              </option>
            ))}
          </select>
          <label htmlFor="til">{t.compareTo}</label>
          <select id="til" name="til" defaultValue={last} className="rounded border p-1">
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {v.number}
              </option>
            ))}
          </select>
          <button type="submit" className="ds-button self-start" data-variant="secondary">
            {t.compare}
          </button>
        </form>
      )}
      {versions.length > 1 && (
        <Link href={`/planer/${planId}/sammenlign?fra=${last - 1}&til=${last}`}>{t.latestChanges}</Link>
      )}
    </div>
  );
}

interface OtherPlan {
  id: string;
  status: PlanStatus;
  round: { title: string; year: number; deadline: Date };
  versions: { number: number; submittedAt: Date }[];
}

/** The agency's plans in the other rounds (newest first), each with its submitted versions. */
export async function EarlierPlans({ plans }: { plans: OtherPlan[] }) {
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale).versions;
  const status = textsIn(commonTexts, locale).planStatus;
  return (
    <ul className="flex flex-col gap-3">
      {plans.map((p) => (
        <li key={p.id}>
          <Link href={`/planer/${p.id}`}>
            {p.round.title} ({p.round.year})
          </Link>
          {t.otherPlan(status[p.status], formatShortDate(p.round.deadline, locale))}
          {p.versions.length > 0 && (
            <ul className="ml-4 list-disc pl-4">
              {p.versions.map((v) => (
                <li key={v.number}>
                  <Link href={`/planer/${p.id}/versjoner/${v.number}`}>
                    {t.version(v.number)}
                    <span className="sr-only">{t.ofPlanFor(p.round.year)}</span>
                  </Link>
                  {t.submittedShort(formatDateTime(v.submittedAt, locale))}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
