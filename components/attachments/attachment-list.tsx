import { Paragraph } from "@/components/ds/primitives";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import type { AttachmentSummary } from "@/lib/data/attachments";
import { formatDateTime } from "@/lib/domain/format";
import { attachmentTexts } from "@/lib/i18n/attachments";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

export type AttachmentItem = AttachmentSummary;

/** "34 kB", "1,2 MB" (with the language's decimal separator). */
export function formatFileSize(bytes: number, decimalSeparator = ","): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", decimalSeparator)} MB`;
}

interface Props {
  attachments: AttachmentItem[];
  /** Deletes one (given when the reader may delete some). */
  remove?: (id: string) => Promise<ActionResult>;
}

/** A plan's or a letter's attachments: each a download, with its kind, size and date. */
export async function AttachmentList({ attachments, remove }: Props) {
  const locale = await requestLocale();
  const t = textsIn(attachmentTexts, locale);
  if (attachments.length === 0) return <Paragraph data-size="sm">{t.none}</Paragraph>;
  return (
    <ul className="flex flex-col gap-3">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <a href={`/api/vedlegg/${a.id}`} download>
            {a.fileName}
          </a>
          <span className="text-sm">
            {t.details(
              a.mediaType === "application/pdf" ? "PDF" : t.word,
              formatFileSize(a.size, t.decimalSeparator),
              a.purpose === "ORIGINAL_IMPORT",
              formatDateTime(a.uploadedAt, locale),
            )}
          </span>
          {remove && a.canDelete && (
            <ActionButton action={remove} arg={a.id} label={t.delete} pendingLabel={t.deleting} variant="tertiary" context={a.fileName} confirm={t.confirmDelete(a.fileName)} />
          )}
        </li>
      ))}
    </ul>
  );
}
