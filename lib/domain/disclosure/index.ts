/**
 * Disclosure control for everyone but the governing ministry and the audit office (issue 11,
 * ../shared/DOMAIN.md "Who sees what", docs/decisions/015-disclosure-control.md).
 *
 * `publish` decides what one outside viewer may see of one sector: no count of an agency-year (or
 * pooled period) under MIN_COUNT, and nothing from which such a count can be narrowed to fewer
 * than MIN_POSSIBLE_VALUES values by the strongest attacker: one who combines every shown cell,
 * sector total and pooled sum of all visible years, the sums of periods published and withdrawn,
 * the rules themselves (which hidden cells are under MIN_COUNT), and — for an agency's own people —
 * their own agency's figures. Suppression is per sector, never over a union of sectors.
 *
 * The publication is the same for every outside viewer except for their own agency's figures (every
 * agency can read the public page, so the public figures must withstand each agency's knowledge):
 * `publish(input, { ownAgencyId: null })` can be computed once per change and cached, and
 * `withOwnFigures` gives an agency its view of it.
 */
import { indexSector } from "./sector";
import { knowledgeOf } from "./knowledge";
import { basePublication, withOwnFigures as overlay } from "./publish";
import { viewerRanges } from "./ranges";
import type { Publication, RangeReport, SectorInput, Viewer } from "./types";

export * from "./types";

/** What one outside viewer may see of one sector: every protected count keeps ≥ MIN_POSSIBLE_VALUES possible values. */
export function publish(input: SectorInput, viewer: Viewer): Publication {
  const sector = indexSector(input);
  return overlay(sector, basePublication(sector), viewer.ownAgencyId);
}

/** An agency's own view of a publication made for the public: its own figures shown as they are. */
export function withOwnFigures(input: SectorInput, publicPublication: Publication, ownAgencyId: string | null): Publication {
  return overlay(indexSector(input), publicPublication, ownAgencyId);
}

/**
 * The attacker's view: for each protected count the viewer does not know, the smallest and largest
 * value consistent with the publication and the viewer's own knowledge. Exact where no pooled period
 * ties years together; elsewhere never wider than the truth (see the decision record).
 */
export function protectedRanges(input: SectorInput, viewer: Viewer, publication: Publication): RangeReport[] {
  const sector = indexSector(input);
  return viewerRanges(knowledgeOf(sector, viewer.ownAgencyId, publication));
}
