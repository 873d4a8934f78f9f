import { randomUUID } from "node:crypto";
import { authorize } from "@/lib/access";
import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getPeriodArchive } from "@/lib/data/archive-export";
import { buildArchivePackage } from "@/lib/documents/arkivmelding-package";
import { parseArchivePeriod, type ArchivePeriodProblem } from "@/lib/domain/archive-period";
import { archiveText as t } from "@/lib/i18n/archive-nb";

const PROBLEM_TEXT: Record<ArchivePeriodProblem, string> = {
  fromFormat: t.errors.dateFormat(t.period.from),
  toFormat: t.errors.dateFormat(t.period.to),
  order: t.errors.order,
  tooLong: t.errors.tooLong,
};

/**
 * Letters sent and plans received in a period, every round of the sector, as a Noark 5
 * arkivmelding package: /api/arkivmelding?fra=2020-11-01&til=2020-12-31 (both days included).
 */
export async function GET(request: Request) {
  return withActorRoute(async (actor) => {
    authorize(actor, "archive.export");
    const query = new URL(request.url).searchParams;
    const parsed = parseArchivePeriod({ fra: query.get("fra"), til: query.get("til") });
    if (!parsed.ok) return Response.json({ error: parsed.problems.map((p) => PROBLEM_TEXT[p]).join(" ") }, { status: 400 });
    const { from, to } = parsed.period;
    const data = await getPeriodArchive(actor, parsed.period);
    const zip = await buildArchivePackage(data, { messageId: randomUUID(), createdAt: new Date() });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return fileResponse(zip, t.packageFileName(`${iso(from)} til ${iso(to)}`), "application/zip");
  });
}
