import Link from "next/link";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";
import type { PlanStatus } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";

/**
 * Every submitted version, each with its PDF, and a form to compare two of them. Approved versions
 * are marked, and the valid one (issue 13: it stays valid while a revision runs).
 */
export function PlanVersionList({
  planId, versions, validVersion = null,
}: { planId: string; versions: { number: number; submittedAt: Date; approvedAt?: Date | null }[]; validVersion?: number | null }) {
  if (versions.length === 0) return <p>Ingen innsendte versjoner ennå.</p>;
  const last = versions.at(-1)!.number;
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-2">
        {versions.map((v) => (
          <li key={v.number}>
            <Link href={`/planer/${planId}/versjoner/${v.number}`}>Versjon {v.number}</Link>, sendt inn{" "}
            {formatDateTime(v.submittedAt)}.{" "}
            {v.approvedAt && (
              <strong>{v.number === validVersion ? "Godkjent, gjeldende." : `Godkjent ${formatDateTime(v.approvedAt)}.`}</strong>
            )}{" "}
            <a href={`/api/planer/${planId}/versjoner/${v.number}/pdf`} download>
              PDF<span className="sr-only"> av versjon {v.number}</span>
            </a>
          </li>
        ))}
      </ul>
      {versions.length > 1 && (
        <form action={`/planer/${planId}/sammenlign`} method="get" className="flex flex-col gap-2">
          <label htmlFor="fra">Sammenlign versjon</label>
          <select id="fra" name="fra" defaultValue={last - 1} className="rounded border p-1">
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {v.number}
              </option>
            ))}
          </select>
          <label htmlFor="til">med versjon</label>
          <select id="til" name="til" defaultValue={last} className="rounded border p-1">
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {v.number}
              </option>
            ))}
          </select>
          <button type="submit" className="ds-button self-start" data-variant="secondary">
            Sammenlign
          </button>
        </form>
      )}
      {versions.length > 1 && (
        <Link href={`/planer/${planId}/sammenlign?fra=${last - 1}&til=${last}`}>Se endringene i siste versjon</Link>
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
export function EarlierPlans({ plans }: { plans: OtherPlan[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {plans.map((p) => (
        <li key={p.id}>
          <Link href={`/planer/${p.id}`}>
            {p.round.title} ({p.round.year})
          </Link>
          : {nb.planStatus[p.status].toLowerCase()}, frist {formatShortDate(p.round.deadline)}.
          {p.versions.length > 0 && (
            <ul className="ml-4 list-disc pl-4">
              {p.versions.map((v) => (
                <li key={v.number}>
                  <Link href={`/planer/${p.id}/versjoner/${v.number}`}>
                    Versjon {v.number}
                    <span className="sr-only"> av planen for {p.round.year}</span>
                  </Link>
                  , sendt inn {formatDateTime(v.submittedAt)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
