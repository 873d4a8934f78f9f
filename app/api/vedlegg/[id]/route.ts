import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getAttachmentFile } from "@/lib/data/attachments";

/**
 * An attachment's file, for whoever may read its plan or letter: always as a download (never shown
 * inline), with the media type its content was checked to have and a safe name.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const file = await getAttachmentFile(actor, id);
    const response = fileResponse(file.content, file.fileName, file.mediaType);
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  });
}
