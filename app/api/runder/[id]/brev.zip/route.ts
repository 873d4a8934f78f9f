import { zipSync } from "fflate";
import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { listRoundLetters, letterFileName } from "@/lib/data/letters";
import { notFound } from "@/lib/data/errors";
import { renderLetterPdf } from "@/lib/documents/letter-pdf";

/** Every sent letter of a round as a PDF, in one ZIP for the ministry's archive. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const letters = await listRoundLetters(actor, id);
    if (letters.length === 0) throw notFound();
    const files: Record<string, Uint8Array> = {};
    for (const letter of letters) files[letterFileName(letter, "pdf")] = await renderLetterPdf(letter.document);
    // PDFs are compressed already: store them.
    const zip = zipSync(files, { level: 0 });
    return fileResponse(zip, "Tillegg til tildelingsbrev - alle brev i runden.zip", "application/zip");
  });
}
