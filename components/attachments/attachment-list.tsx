import { Paragraph } from "@digdir/designsystemet-react";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import type { AttachmentSummary } from "@/lib/data/attachments";
import { formatDateTime } from "@/lib/domain/format";

export type AttachmentItem = AttachmentSummary;

/** "34 kB", "1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

const kind = (mediaType: string) => (mediaType === "application/pdf" ? "PDF" : "Word");

interface Props {
  attachments: AttachmentItem[];
  /** Deletes one (given when the reader may delete some). */
  remove?: (id: string) => Promise<ActionResult>;
}

/** A plan's or a letter's attachments: each a download, with its kind, size and date. */
export function AttachmentList({ attachments, remove }: Props) {
  if (attachments.length === 0) return <Paragraph data-size="sm">Ingen vedlegg.</Paragraph>;
  return (
    <ul className="flex flex-col gap-3">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <a href={`/api/vedlegg/${a.id}`} download>
            {a.fileName}
          </a>
          <span className="text-sm">
            {kind(a.mediaType)}, {formatFileSize(a.size)}, {a.purpose === "ORIGINAL_IMPORT" ? "originalen planen er importert fra, " : ""}lastet opp{" "}
            {formatDateTime(a.uploadedAt)}
          </span>
          {remove && a.canDelete && (
            <ActionButton action={remove} arg={a.id} label="Slett" pendingLabel="Sletter …" variant="tertiary" context={a.fileName} confirm={`Slette vedlegget «${a.fileName}»?`} />
          )}
        </li>
      ))}
    </ul>
  );
}
