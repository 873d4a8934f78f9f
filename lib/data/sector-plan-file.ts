import "server-only";
import type { Actor } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { getSectorPlan } from "@/lib/data/sector-plans";
import { formatShortDate } from "@/lib/domain/format";
import type { SectorPlanDocumentData } from "@/lib/documents/sector-plan-pdf";

/**
 * What a download renders: the version asked for (?versjon=n), else the latest published one,
 * else (for the ministry only) the draft marked as such.
 */
export async function sectorPlanDocumentData(actor: Actor, id: string, versjon: string | null): Promise<{ data: SectorPlanDocumentData; fileName: string }> {
  const plan = await getSectorPlan(actor, id);
  const version = versjon ? plan.versions.find((v) => String(v.number) === versjon) : plan.latest;
  if (versjon && !version) throw notFound();
  if (version) {
    return {
      data: { ministryName: plan.ministryName, versionLabel: `Versjon ${version.number}, publisert ${formatShortDate(version.publishedAt)}`, content: version.content },
      fileName: `Sektorplan ${plan.year} versjon ${version.number}`,
    };
  }
  if (!plan.draft) throw notFound();
  return { data: { ministryName: plan.ministryName, versionLabel: "Utkast, ikke publisert", content: plan.draft }, fileName: `Sektorplan ${plan.year} utkast` };
}
