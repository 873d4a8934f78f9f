import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getAnnualReportChapter } from "@/lib/data/annual-report";
import { notFound } from "@/lib/data/errors";
import { renderAnnualReportDocx } from "@/lib/documents/annual-report-docx";
import { chapterBlocks, parseChapterYear } from "@/lib/domain/annual-report";
import { todayInNorway } from "@/lib/domain/format";
import { annualReportText as t } from "@/lib/i18n/annual-report-nb";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The agency's chapter IV text as DOCX: the saved text, or the proposal when nothing is saved. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year: param } = await params;
  return withActorRoute(async (actor) => {
    const year = parseChapterYear(param, todayInNorway().getUTCFullYear());
    if (year === null) throw notFound();
    const c = await getAnnualReportChapter(actor, year);
    const blocks = chapterBlocks(c.agencyName, year, c.counts, c.saved?.narrative ?? c.prefill);
    return fileResponse(await renderAnnualReportDocx({ agencyName: c.agencyName, year, blocks }), `${t.document.fileName(year, c.agencyName)}.docx`, DOCX);
  });
}
