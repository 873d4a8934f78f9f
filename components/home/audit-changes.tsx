import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { AuditChanges as Changes } from "@/lib/data/home";
import { auditKindLabel } from "@/lib/domain/audit-summary";
import { formatDateTime } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";

const t = nb.home;

/** The audit office: what changed in the audited sectors since the previous visit, per kind of event. */
export function AuditChanges({ changes }: { changes: Changes }) {
  return (
    <section aria-labelledby="hjem-endringer" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-endringer">
        {t.changes}
      </Heading>
      <Paragraph>{t.changesSince(changes.since, formatDateTime)}</Paragraph>
      {changes.groups.length === 0 ? (
        <Paragraph>{t.noChanges}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-2">
          {changes.groups.map((g) => (
            <li key={`${g.entity}.${g.action}`}>
              <HomeLink href={g.href}>{t.changeGroup(auditKindLabel(g.entity, g.action), g.count)}</HomeLink>
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
