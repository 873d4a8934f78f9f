import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { FilterField, FilterSubmit, Pager, ResultCount } from "@/components/admin/filter-field";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { auditLogOptions, listAuditEvents } from "@/lib/data/audit-log";
import { auditLogSearch, parseAuditLogQuery } from "@/lib/domain/admin-queries";
import { adminUiTexts, auditTexts } from "@/lib/i18n/admin";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, inLocale, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).log.title };
}

/** The kinds of event for the filter, grouped by what they concern. */
function kindGroups(audit: { entities: Record<string, string>; kinds: Record<string, string> }) {
  return Object.entries(audit.entities).map(([entity, label]) => ({
    entity,
    label,
    kinds: Object.entries(audit.kinds).filter(([k]) => k.startsWith(`${entity}.`)),
  }));
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "audit.read")) notFound();
  const searchParams_ = await searchParams;
  const locale = await requestLocale();
  const ui = textsIn(adminUiTexts, locale);
  const t = ui.log;
  // The data layer's words (the filter's problems, each event's kind) follow the reader's language.
  const parsed = inLocale(locale, () => parseAuditLogQuery(searchParams_));
  const options = await auditLogOptions(actor);
  const log = await inLocale(locale, () => listAuditEvents(actor, parsed.query, options));
  const problems = { ...parsed.problems, ...log.problems };
  const query = { ...parsed.query };
  if (problems.virksomhet) delete query.virksomhet;
  if (problems.bruker) delete query.bruker;
  const filtered = Boolean(query.virksomhet || query.bruker || query.hendelse || query.fra || query.til);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>{t.intro(actor.organisationKind === "AUDIT_OFFICE")}</Paragraph>
      <form method="get" action="/logg" className="flex flex-wrap items-start gap-4" aria-label={t.filterLabel}>
        <FilterField id="virksomhet" label={ui.common.organisation} error={problems.virksomhet}>
          {(p) => (
            <select {...p} name="virksomhet" defaultValue={query.virksomhet ?? ""}>
              <option value="">{ui.common.all}</option>
              {options.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="bruker" label={t.user} error={problems.bruker}>
          {(p) => (
            <select {...p} name="bruker" defaultValue={query.bruker ?? ""}>
              <option value="">{ui.common.all}</option>
              {options.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.organisation})
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="hendelse" label={t.event} error={problems.hendelse}>
          {(p) => (
            <select {...p} name="hendelse" defaultValue={query.hendelse ?? ""}>
              <option value="">{ui.common.all}</option>
              {kindGroups(textsIn(auditTexts, locale)).map((g) => (
                <optgroup key={g.entity} label={g.label}>
                  <option value={g.entity}>{t.allAbout(g.label)}</option>
                  {g.kinds.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="fra" label={t.from} error={problems.fra}>
          {(p) => <input {...p} name="fra" type="date" defaultValue={query.fra ?? ""} />}
        </FilterField>
        <FilterField id="til" label={t.to} error={problems.til}>
          {(p) => <input {...p} name="til" type="date" defaultValue={query.til ?? ""} />}
        </FilterField>
        <FilterSubmit />
      </form>
      {problems.side && <Paragraph data-size="sm">{problems.side}</Paragraph>}
      <ResultCount total={log.total} page={log.page} pages={log.pages} filtered={filtered} one={t.one} many={t.many} />
      {log.rows.length > 0 && <AuditLogTable rows={log.rows} />}
      <Pager page={log.page} pages={log.pages} label={t.pager} href={(side) => `/logg${auditLogSearch(query, { side })}`} />
    </div>
  );
}
