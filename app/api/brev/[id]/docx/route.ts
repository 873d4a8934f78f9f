import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getLetter, letterFileName } from "@/lib/data/letters";
import { renderLetterDocx } from "@/lib/documents/letter-docx";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const letter = await getLetter(actor, id);
    return fileResponse(await renderLetterDocx(letter.document), letterFileName(letter, "docx"), DOCX);
  });
}
