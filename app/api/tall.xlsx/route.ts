import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { listReadableFigures } from "@/lib/data/hiring";
import { todayInNorway } from "@/lib/domain/format";
import { figuresXlsx } from "@/lib/documents/figures-export";

/** The figures the actor may see, as an Excel workbook, with the same suppression as on the pages. */
export async function GET() {
  return withActorRoute(async (actor) =>
    fileResponse(
      await figuresXlsx(await listReadableFigures(actor), { currentYear: todayInNorway().getUTCFullYear() }),
      "nytilsettinger.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
  );
}
