import { randomUUID } from "node:crypto";
import { fileResponse, withActorRoute } from "@/lib/auth/route";
import { getRoundArchive } from "@/lib/data/archive-export";
import { buildArchivePackage } from "@/lib/documents/arkivmelding-package";
import { archiveText as t } from "@/lib/i18n/archive-nb";

/** The round as a Noark 5 arkivmelding package for the ministry's archive (issue 14). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActorRoute(async (actor) => {
    const data = await getRoundArchive(actor, id);
    const zip = await buildArchivePackage(data, { messageId: randomUUID(), createdAt: new Date() });
    return fileResponse(zip, t.packageFileName(data.roundTitle), "application/zip");
  });
}
