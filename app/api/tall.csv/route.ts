import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { listReadableFigures } from "@/lib/data/hiring";
import { todayInNorway } from "@/lib/domain/format";
import { figuresCsv } from "@/lib/documents/figures-export";

/** The figures the actor may see, as CSV, with the same suppression as on the pages. */
export async function GET() {
  return withActorRoute(async (actor) => fileResponse(figuresCsv(await listReadableFigures(actor), { currentYear: todayInNorway().getUTCFullYear() }), "nytilsettinger.csv", "text/csv; charset=utf-8"));
}
