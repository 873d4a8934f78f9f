import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlanVersion } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Versjon av handlingsplan" };

/** One submitted version of a plan, as it was sent in. */
export default async function PlanVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) notFound();
  const actor = await requireActor();
  const v = await orNotFound(getPlanVersion(actor, id, n));
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${id}`}>← Tilbake til planen</Link>
      <Heading level={1} data-size="lg">
        {v.agencyName}: versjon {v.number}
      </Heading>
      <Paragraph>
        Sendt inn {formatDateTime(v.submittedAt)}.{" "}
        {v.approvedAt && `Godkjent av departementet ${formatDateTime(v.approvedAt)}${v.isValid ? " – dette er den gjeldende planen" : ""}.`}{" "}
        <a href={`/api/planer/${id}/versjoner/${v.number}/pdf`} download>
          Last ned versjonen som PDF
        </a>
      </Paragraph>
      <PlanContentView content={v.content} />
    </div>
  );
}
