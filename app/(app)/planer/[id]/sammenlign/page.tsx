import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { VersionDiff } from "@/components/plans/version-diff";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlanVersion } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Sammenlign versjoner" };

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ fra?: string; til?: string }> }) {
  const { id } = await params;
  const q = await searchParams;
  const actor = await requireActor();
  const from = Number(q.fra);
  const to = Number(q.til);
  if (![from, to].every((n) => Number.isInteger(n) && n >= 1 && n <= 10_000)) {
    return <Paragraph>Velg to versjoner å sammenligne.</Paragraph>;
  }
  const [left, right] = await Promise.all([orNotFound(getPlanVersion(actor, id, Math.min(from, to))), orNotFound(getPlanVersion(actor, id, Math.max(from, to)))]);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${id}`}>← Tilbake til planen</Link>
      <Heading level={1} data-size="lg">
        {left.agencyName}: versjon {left.number} og {right.number}
      </Heading>
      <VersionDiff
        left={left.content}
        right={right.content}
        leftLabel={`Versjon ${left.number} (${formatDateTime(left.submittedAt)})`}
        rightLabel={`Versjon ${right.number} (${formatDateTime(right.submittedAt)})`}
      />
    </div>
  );
}
