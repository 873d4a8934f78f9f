import { fileResponse, withPublicRoute } from "@/lib/auth/route";
import { getOpenData } from "@/lib/data/public-figures";
import { openDataCsv, openDataJson } from "@/lib/documents/open-data";
import type { OpenDataRow } from "@/lib/domain/public-figures";
import { readPublicQuery } from "@/lib/domain/public-query";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";

/**
 * /offentlig/tall.csv and /offentlig/tall.json: the published figures, for anyone (no sign-in),
 * all sectors and years, or `?sektor=<the ministry's org.nr.>&aar=<år>`. A malformed or unknown
 * choice is answered in the request's language (400/404), never with a guess. The files themselves
 * keep their Norwegian column names (docs/open-data.md): a published data set's columns do not
 * change with the reader's language.
 */
export function openDataGet(format: "csv" | "json") {
  return (request: Request) =>
    withPublicRoute(async (principal) => {
      const { query, malformed } = readPublicQuery(new URL(request.url).searchParams);
      if (malformed) return Response.json({ error: localized(commonTexts).openData.badDownloadQuery }, { status: 400 });
      const rows = await getOpenData(principal, query);
      if (!rows) return Response.json({ error: localized(commonTexts).openData.unknownSector }, { status: 404 });
      return format === "csv"
        ? fileResponse(fileOf(rows, "csv", () => openDataCsv(rows)), "offentlige-tall.csv", "text/csv; charset=utf-8")
        : fileResponse(fileOf(rows, "json", () => new TextEncoder().encode(openDataJson(rows))), "offentlige-tall.json", "application/json; charset=utf-8");
    });
}

// A file is kept with the rows it was made of: the same rows come back while the sector's figures
// are unchanged (lib/data/public-figures.ts), so it is written once per change.
const files = new WeakMap<readonly OpenDataRow[], Partial<Record<"csv" | "json", Uint8Array>>>();

function fileOf(rows: readonly OpenDataRow[], format: "csv" | "json", make: () => Uint8Array): Uint8Array {
  const kept = files.get(rows) ?? {};
  files.set(rows, kept);
  return (kept[format] ??= make());
}
