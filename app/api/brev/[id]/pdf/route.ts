import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getLetter, letterFileName } from "@/lib/data/letters";
import { renderLetterPdf } from "@/lib/documents/letter-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const letter = await getLetter(actor, id);
    return fileResponse(await renderLetterPdf(letter.document), letterFileName(letter, "pdf"), "application/pdf");
  });
}
