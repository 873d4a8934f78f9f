import { formatDateTime } from "@/lib/domain/format";

export interface PlanCommentItem {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date | string;
  versionNumber: number;
}

/** The ministry's comments on one element, shown next to it. */
export function PlanComments({ comments, label }: { comments: PlanCommentItem[]; label: string }) {
  if (comments.length === 0) return null;
  return (
    <aside aria-label={label} className="rounded border-l-4 border-[var(--ds-color-warning-border-default)] bg-[var(--ds-color-warning-surface-tinted)] p-3">
      <p className="mb-1 font-semibold">{label}</p>
      <ul className="flex flex-col gap-2">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="whitespace-pre-line">{c.body}</p>
            <p className="text-sm">
              {c.authorName}, {formatDateTime(new Date(c.createdAt))} (til versjon {c.versionNumber})
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function groupComments<T extends { element: string }>(comments: T[]): Record<string, T[]> {
  const by: Record<string, T[]> = {};
  for (const c of comments) (by[c.element] ??= []).push(c);
  return by;
}
