import { Paragraph, Tag } from "@/components/ds/primitives";
import type { NotificationItem } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { notificationTexts, notificationUiTexts } from "@/lib/i18n/notifications";
import { requestLocale } from "@/lib/i18n/server";

/**
 * One's notifications, newest first, the unread marked. Each opens through /varsler/<id>, which
 * marks it read and goes on to its page; a plain link, so that no prefetch marks it read.
 */
export async function NotificationList({ items }: { items: NotificationItem[] }) {
  const locale = await requestLocale();
  const t = textsIn(notificationUiTexts, locale).list;
  const { title } = textsIn(notificationTexts, locale);
  if (items.length === 0) return <Paragraph>{t.none}</Paragraph>;
  return (
    <ul className="flex flex-col divide-y divide-[var(--ds-color-neutral-border-subtle)]" aria-label={t.label}>
      {items.map((n) => {
        const unread = n.readAt === null;
        return (
          <li key={n.id} className={`flex flex-col gap-1 py-3 ${unread ? "border-l-4 border-[var(--ds-color-accent-base-default)] pl-3" : "pl-4"}`}>
            <div className="flex flex-wrap items-center gap-2">
              {unread && (
                <Tag data-color="info" data-size="sm">
                  {t.unreadTag}
                </Tag>
              )}
              <a href={`/varsler/${n.id}`} className={unread ? "font-semibold" : undefined}>
                {title(n.params)}
              </a>
            </div>
            <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{formatDateTime(n.createdAt, locale)}</span>
          </li>
        );
      })}
    </ul>
  );
}
