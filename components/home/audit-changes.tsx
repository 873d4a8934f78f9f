import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import type { AuditChanges as Changes } from "@/lib/data/home";
import { auditKindLabel } from "@/lib/domain/audit-summary";
import { formatDateTime } from "@/lib/domain/format";
import { commonTexts } from "@/lib/i18n/common";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** The audit office: what changed in the audited sectors since the previous visit, per kind of event. */
export function AuditChanges({ changes, locale = "nb" }: { changes: Changes; locale?: Locale }) {
  const t = textsIn(commonTexts, locale).home;
  return (
    <section aria-labelledby="hjem-endringer" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-endringer">
        {t.changes}
      </Heading>
      <Paragraph>{t.changesSince(changes.since, (d) => formatDateTime(d, locale))}</Paragraph>
      {changes.groups.length === 0 ? (
        <Paragraph>{t.noChanges}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-2">
          {changes.groups.map((g) => (
            <li key={`${g.entity}.${g.action}`}>
              <HomeLink href={g.href}>{t.changeGroup(auditKindLabel(g.entity, g.action, locale), g.count)}</HomeLink>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <HomeLink href="/logg">{t.toLog}</HomeLink>
      </Paragraph>
    </section>
  );
}
