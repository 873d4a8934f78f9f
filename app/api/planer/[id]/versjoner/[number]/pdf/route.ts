import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getPlanVersion } from "@/lib/data/plans";
import { renderPlanPdf } from "@/lib/documents/plan-pdf";
import { formatDateTime } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  return withActorRoute(async (actor) => {
    const n = Number(number);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) return Response.json({ error: nb.errors.notFound }, { status: 404 });
    const v = await getPlanVersion(actor, id, n);
    const pdf = await renderPlanPdf({
      agencyName: v.agencyName,
      roundTitle: v.roundTitle,
      versionLabel: `Versjon ${v.number}, sendt inn ${formatDateTime(v.submittedAt)}`,
      status: nb.planStatus[v.status],
      content: v.content,
    });
    return fileResponse(pdf, `Handlingsplan ${v.agencyName} versjon ${v.number}.pdf`, "application/pdf");
  });
}
