import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/data/errors";
import { meetingMinutesData } from "@/lib/data/meetings";
import { renderMinutesDocx } from "@/lib/documents/meeting-minutes-docx";
import { minutesDocument, minutesFileName } from "@/lib/documents/meeting-minutes-text";

/** The minutes of a governance meeting as DOCX: for whoever reads the record (the agency: finalised only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  return withActorRoute(async (actor) => {
    const data = await meetingMinutesData(actor, meetingId);
    if (data.record.agency.id !== id) throw notFound();
    return fileResponse(await renderMinutesDocx(minutesDocument(data)), minutesFileName(data, "docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });
}
