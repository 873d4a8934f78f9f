import { formatShortDate } from "@/lib/domain/format";

export type PoolingStatus = "REQUESTED" | "APPROVED" | "REFUSED" | "WITHDRAWN";

export interface PoolingPeriodRow {
  id: string;
  fromYear: number;
  toYear: number;
  reason: string;
  status: PoolingStatus;
  requestedAt: Date;
  grantedAt: Date | null;
  decisionNote: string;
  withdrawnAt: Date | null;
}

/** A period's state in words, with its dates. */
export function poolingStatusText(p: PoolingPeriodRow): string {
  switch (p.status) {
    case "REQUESTED":
      return `Søkt ${formatShortDate(p.requestedAt)}, venter på departementet`;
    case "APPROVED":
      return `Godkjent ${p.grantedAt ? formatShortDate(p.grantedAt) : ""}`.trim();
    case "REFUSED":
      return `Avslått ${p.grantedAt ? formatShortDate(p.grantedAt) : ""}`.trim();
    case "WITHDRAWN":
      return `Trukket tilbake ${p.withdrawnAt ? formatShortDate(p.withdrawnAt) : ""}; årene kan ikke være med i en ny periode`.trim();
  }
}
