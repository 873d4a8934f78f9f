import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { FilterField, FilterSubmit, Pager, ResultCount } from "@/components/admin/filter-field";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { auditLogOptions, listAuditEvents } from "@/lib/data/audit-log";
import { auditLogSearch, parseAuditLogQuery } from "@/lib/domain/admin-queries";
import { AUDIT_ENTITIES, AUDIT_KINDS } from "@/lib/i18n/admin-nb";

export const metadata: Metadata = { title: "Logg" };

/** The kinds of event for the filter, grouped by what they concern. */
const KIND_GROUPS = Object.entries(AUDIT_ENTITIES).map(([entity, label]) => ({
  entity,
  label,
  kinds: Object.entries(AUDIT_KINDS).filter(([k]) => k.startsWith(`${entity}.`)),
}));

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "audit.read")) notFound();
  const parsed = parseAuditLogQuery(await searchParams);
  const options = await auditLogOptions(actor);
  const log = await listAuditEvents(actor, parsed.query, options);
  const problems = { ...parsed.problems, ...log.problems };
  const query = { ...parsed.query };
  if (problems.virksomhet) delete query.virksomhet;
  if (problems.bruker) delete query.bruker;
  const filtered = Boolean(query.virksomhet || query.bruker || query.hendelse || query.fra || query.til);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        Logg
      </Heading>
      <Paragraph>
        Hvem gjorde hva, og når, i {actor.organisationKind === "AUDIT_OFFICE" ? "sektorene dere reviderer" : "sektoren"}: brev,
        handlingsplaner, tall, sektorplanen, brukere og virksomheter. Loggen viser hva som ble endret, men aldri innholdet i
        en virksomhets planutkast eller små tall som ellers er skjult.
      </Paragraph>
      <form method="get" action="/logg" className="flex flex-wrap items-start gap-4" aria-label="Filtrer loggen">
        <FilterField id="virksomhet" label="Virksomhet" error={problems.virksomhet}>
          {(p) => (
            <select {...p} name="virksomhet" defaultValue={query.virksomhet ?? ""}>
              <option value="">Alle</option>
              {options.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="bruker" label="Bruker" error={problems.bruker}>
          {(p) => (
            <select {...p} name="bruker" defaultValue={query.bruker ?? ""}>
              <option value="">Alle</option>
              {options.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.organisation})
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="hendelse" label="Hendelse" error={problems.hendelse}>
          {(p) => (
            <select {...p} name="hendelse" defaultValue={query.hendelse ?? ""}>
              <option value="">Alle</option>
              {KIND_GROUPS.map((g) => (
                <optgroup key={g.entity} label={g.label}>
                  <option value={g.entity}>Alt om: {g.label.toLowerCase()}</option>
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
        <FilterField id="fra" label="Fra og med" error={problems.fra}>
          {(p) => <input {...p} name="fra" type="date" defaultValue={query.fra ?? ""} />}
        </FilterField>
        <FilterField id="til" label="Til og med" error={problems.til}>
          {(p) => <input {...p} name="til" type="date" defaultValue={query.til ?? ""} />}
        </FilterField>
        <FilterSubmit />
      </form>
      {problems.side && <Paragraph data-size="sm">{problems.side}</Paragraph>}
      <ResultCount total={log.total} page={log.page} pages={log.pages} filtered={filtered} one="hendelse" many="hendelser" />
      {log.rows.length > 0 && <AuditLogTable rows={log.rows} />}
      <Pager page={log.page} pages={log.pages} label="Sider i loggen" href={(side) => `/logg${auditLogSearch(query, { side })}`} />
    </div>
  );
}
