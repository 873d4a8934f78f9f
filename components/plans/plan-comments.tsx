"use client";

import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { formatDateTime } from "@/lib/domain/format";
import { planPageTexts } from "@/lib/i18n/plans";

export interface PlanCommentItem {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date | string;
  versionNumber: number;
}

/** The ministry's comments on one element, shown next to it. */
export function PlanComments({ comments, label }: { comments: PlanCommentItem[]; label: string }) {
  const t = useTexts(planPageTexts);
  const locale = useLocale();
  if (comments.length === 0) return null;
  return (
    <aside aria-label={label} className="rounded border-l-4 border-[var(--ds-color-warning-border-default)] bg-[var(--ds-color-warning-surface-tinted)] p-3">
      <p className="mb-1 font-semibold">{label}</p>
      <ul className="flex flex-col gap-2">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="whitespace-pre-line">{c.body}</p>
            <p className="text-sm">
              {c.authorName}, {formatDateTime(new Date(c.createdAt), locale)} {t.commentToVersion(c.versionNumber)}
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
