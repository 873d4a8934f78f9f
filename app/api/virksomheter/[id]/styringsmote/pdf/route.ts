import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getMeetingBrief } from "@/lib/data/meeting-brief";
import { renderMeetingBriefPdf } from "@/lib/documents/meeting-brief-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const brief = await getMeetingBrief(actor, id);
    const pdf = await renderMeetingBriefPdf(brief, new Date());
    return fileResponse(pdf, `Etatsstyringsmøte ${brief.agency.name}.pdf`, "application/pdf");
  });
}
