import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { listReadableFigures } from "@/lib/data/hiring";
import { figureCountText, figureShareText } from "@/components/hiring/figure-cells";
import { toCsv } from "@/lib/domain/csv";

/** The figures the actor may see, as CSV, with the same suppression as on the pages. */
export async function GET() {
  return withActorRoute(async (actor) => {
    const figures = await listReadableFigures(actor);
    const csv = toCsv([
      ["Virksomhet", "År", "Nytilsatte", "I målgruppen", "Andel"],
      ...figures.map((f) => [
        f.agencyName,
        f.year,
        figureCountText(f.figure, "total"),
        figureCountText(f.figure, "target"),
        figureShareText(f.figure).replace(/\u00a0/g, " "),
      ]),
    ]);
    return fileResponse(new TextEncoder().encode(csv), "nytilsettinger.csv", "text/csv; charset=utf-8");
  });
}
