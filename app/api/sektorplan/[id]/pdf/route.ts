import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { sectorPlanDocumentData } from "@/lib/data/sector-plan-file";
import { renderSectorPlanPdf } from "@/lib/documents/sector-plan-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const { data, fileName } = await sectorPlanDocumentData(actor, id, new URL(request.url).searchParams.get("versjon"));
    return fileResponse(await renderSectorPlanPdf(data), `${fileName}.pdf`, "application/pdf");
  });
}
