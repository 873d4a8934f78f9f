import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";

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
