import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { organisationImportTemplate } from "@/lib/data/organisations";
import { toCsv } from "@/lib/domain/csv";

/** The template for loading organisations: the columns and the sector's agencies as they stand. */
export async function GET() {
  return withActorRoute(async (actor) =>
    fileResponse(new TextEncoder().encode(toCsv(await organisationImportTemplate(actor))), "virksomheter.csv", "text/csv; charset=utf-8"),
  );
}
