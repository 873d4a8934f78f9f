import type { PlanStatus } from "@/lib/domain/plan";

/** Filters of the round overview, by the letter's and the plan's status. */
export const ROUND_FILTERS = ["alle", "utkast", "ulest", "lest", "over-fristen", "ikke-sendt-inn", "sendt-inn"] as const;
export type RoundFilter = (typeof ROUND_FILTERS)[number];

interface Row {
  letterStatus: "DRAFT" | "SENT" | "READ";
  planStatus: PlanStatus;
  overdue: boolean;
}

export function parseRoundFilter(value: string | undefined): RoundFilter {
  return (ROUND_FILTERS as readonly string[]).includes(value ?? "") ? (value as RoundFilter) : "alle";
}

export function matchesRoundFilter(row: Row, filter: RoundFilter): boolean {
  switch (filter) {
    case "alle":
      return true;
    case "utkast":
      return row.letterStatus === "DRAFT";
    case "ulest":
      return row.letterStatus === "SENT";
    case "lest":
      return row.letterStatus === "READ";
    case "over-fristen":
      return row.overdue;
    case "ikke-sendt-inn":
      return row.letterStatus !== "DRAFT" && !["SUBMITTED", "APPROVED"].includes(row.planStatus);
    case "sendt-inn":
      return row.planStatus === "SUBMITTED" || row.planStatus === "APPROVED";
  }
}
