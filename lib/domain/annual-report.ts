import { formatShare } from "@/lib/domain/format";
import { targetHires, totalHires, type HireCounts } from "@/lib/domain/shares";
import { MIN_HIRES_FOR_SHARE } from "@/lib/domain/shares";

export interface AnnualReportInput {
  agencyName: string;
  year: number;
  counts: HireCounts;
  /** The measures of the agency's latest submitted plan ("what we did"). */
  measures: { what: string; status: string }[];
}

/**
 * The text for chapter 4 of the annual report (årsrapporten) on the inclusion drive, in the form
 * of DFØ's example: new hires in total and in the target group, the share, and the measures.
 */
export function annualReportText({ agencyName, year, counts, measures }: AnnualReportInput): string {
  const total = totalHires(counts);
  const target = targetHires(counts);
  const parts = [
    `Inkluderingsdugnaden`,
    `${agencyName} hadde ${total} nytilsettinger i ${year}: ${counts.permanentTotal} i faste stillinger, ${counts.temporaryTotal} i midlertidige stillinger` +
      ((counts.traineeTotal ?? 0) > 0 ? ` og ${counts.traineeTotal} traineer i traineeprogrammet i staten.` : "."),
  ];
  if (total === 0) {
    parts.push("Virksomheten hadde ingen nytilsettinger i året, og rapporterer derfor ingen andel.");
  } else if (total < MIN_HIRES_FOR_SHARE) {
    parts.push(`Av personvernhensyn oppgis ikke antall eller andel i målgruppen når virksomheten har færre enn ${MIN_HIRES_FOR_SHARE} nytilsettinger.`);
  } else {
    parts.push(
      `Av disse var ${target} personer med nedsatt funksjonsevne eller hull i CV-en. Det gir en andel på ${formatShare(target, total)}, mot målet om 5 prosent.`,
    );
  }
  if (measures.length > 0) {
    parts.push(`Tiltak i virksomhetens handlingsplan for inkluderingsdugnaden:`);
    parts.push(measures.map((m) => `- ${m.what} (${m.status.toLowerCase()})`).join("\n"));
  }
  return parts.join("\n\n");
}
