import { formatShortDate } from "@/lib/domain/format";
import { hiringTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

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
export function poolingStatusText(p: PoolingPeriodRow, locale: Locale): string {
  const t = textsIn(hiringTexts, locale).pooling;
  const date = (d: Date | null) => (d ? formatShortDate(d, locale) : "");
  switch (p.status) {
    case "REQUESTED":
      return t.requested(date(p.requestedAt));
    case "APPROVED":
      return t.approved(date(p.grantedAt));
    case "REFUSED":
      return t.refused(date(p.grantedAt));
    case "WITHDRAWN":
      return t.withdrawn(date(p.withdrawnAt));
  }
}
