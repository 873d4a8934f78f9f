import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getPlanVersion } from "@/lib/data/plans";
import { planVersionPdf } from "@/lib/documents/plan-pdf";
import { nb } from "@/lib/i18n/nb";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  return withActorRoute(async (actor) => {
    const n = Number(number);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) return Response.json({ error: nb.errors.notFound }, { status: 404 });
    const { bytes, fileName } = await planVersionPdf(await getPlanVersion(actor, id, n));
    return fileResponse(bytes, fileName, "application/pdf");
  });
}
