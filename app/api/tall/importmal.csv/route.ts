import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { importAgencies } from "@/lib/data/hiring-import";
import { toCsv } from "@/lib/domain/csv";
import { importTemplate } from "@/lib/domain/hiring-import";

/** The import template: the columns and one row per agency of the adviser's sector. */
export async function GET() {
  return withActorRoute(async (actor) =>
    fileResponse(new TextEncoder().encode(toCsv(importTemplate(await importAgencies(actor)))), "importmal-nytilsettinger.csv", "text/csv; charset=utf-8"),
  );
}
