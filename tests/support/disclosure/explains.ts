/**
 * Whether an assignment of counts to agency-years explains everything a viewer sees, checked
 * directly against the publication (no solver): the test's proof that each end of an attacker's
 * range is reachable, so the attacker can never claim more possible values than there are.
 */
import type { Publication, SectorInput } from "@/lib/domain/disclosure";
import type { Assignment } from "./attacker";

/** What the assignment contradicts, if anything. */
export function contradictions(input: SectorInput, ownAgencyId: string | null, publication: Publication, a: Assignment): string[] {
  const out: string[] = [];
  const visible = new Set(input.years);
  const truth = new Map(input.reports.map((r) => [`${r.agencyId}:${r.year}`, r]));
  const at = (k: string) => a.get(k) ?? { t: 0, g: 0 };
  for (const [k, v] of a) if (!Number.isInteger(v.t) || !Number.isInteger(v.g) || v.g < 0 || v.g > v.t) out.push(`${k}: ${v.g} of ${v.t}`);
  for (const r of input.reports) {
    const k = `${r.agencyId}:${r.year}`;
    const v = at(k);
    if (r.agencyId === ownAgencyId && a.has(k) && (v.t !== r.total || v.g !== r.target)) out.push(`${k}: own figures`);
    if (!visible.has(r.year) || r.agencyId === ownAgencyId) continue;
    const view = publication.cells.get(k);
    if (view?.kind === "shown" && (v.t !== view.total || v.g !== view.target)) out.push(`${k}: shown`);
    if (view?.kind === "notReported" && v.t !== 0) out.push(`${k}: not reported`);
    if ((view?.kind === "suppressed" || view?.kind === "pooled") && v.t < 5 !== r.total < 5) out.push(`${k}: under 5 or not`);
  }
  for (const year of input.years) {
    const view = publication.sector.get(year);
    if (view?.kind !== "shown") continue;
    const ofYear = input.reports.filter((r) => r.year === year).map((r) => at(`${r.agencyId}:${r.year}`));
    if (ofYear.reduce((s, v) => s + v.t, 0) !== view.total || ofYear.reduce((s, v) => s + v.g, 0) !== view.target) out.push(`${year}: sector`);
  }
  for (const p of input.periods) {
    const key = `${p.agencyId}:${p.fromYear}-${p.toYear}`;
    const view = publication.periods.get(key);
    const shown = view?.kind === "shown" && p.published && !p.withdrawn;
    if (!shown && !p.withdrawn) continue;
    let t = 0;
    let g = 0;
    let trueT = 0;
    let trueG = 0;
    for (let y = p.fromYear; y <= p.toYear; y++) {
      const k = `${p.agencyId}:${y}`;
      const v = visible.has(y) && !truth.has(k) ? { t: 0, g: 0 } : at(k);
      t += v.t;
      g += v.g;
      trueT += truth.get(k)?.total ?? 0;
      trueG += truth.get(k)?.target ?? 0;
    }
    if (shown && view?.kind === "shown" && (t !== view.total || g !== view.target)) out.push(`${key}: pooled sum`);
    if (!shown && trueT >= 5 && (t !== trueT || g !== trueG)) out.push(`${key}: withdrawn sum`);
    if (!shown && trueT < 5 && t > 4) out.push(`${key}: withdrawn under 5`);
  }
  return out;
}
