import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { FilterField, FilterSubmit, Pager, ResultCount } from "@/components/admin/filter-field";
import { UserTable } from "@/components/admin/user-table";
import { can, ROLES } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listAssignableOrganisations } from "@/lib/data/organisations";
import { listUsers } from "@/lib/data/users";
import { parseUserListQuery, USER_STATUS_PARAM, USER_STATUSES, userListSearch } from "@/lib/domain/admin-queries";
import { adminTexts, adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).users.title };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const locale = await requestLocale();
  const t = textsIn(adminTexts, locale);
  const ui = textsIn(adminUiTexts, locale);
  const roles = textsIn(commonTexts, locale).roles;
  const { query, problems } = parseUserListQuery(await searchParams);
  const organisations = await listAssignableOrganisations(actor);
  if (query.virksomhet && !organisations.some((o) => o.id === query.virksomhet)) {
    problems.virksomhet = t.errors.chooseOrganisation;
    delete query.virksomhet;
  }
  const list = await listUsers(actor, query);
  const filtered = Boolean(query.sok || query.rolle || query.virksomhet || query.status);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {ui.users.title}
      </Heading>
      <Paragraph>{ui.users.intro(actor.organisationName)}</Paragraph>
      <div>
        <Link href="/admin/brukere/ny" className="ds-button" data-variant="primary">
          {ui.users.invite}
        </Link>
      </div>
      <form method="get" action="/admin/brukere" className="flex flex-wrap items-start gap-4" aria-label={ui.users.filterLabel}>
        <FilterField id="sok" label={ui.users.search} error={problems.sok}>
          {(p) => <input {...p} name="sok" type="search" defaultValue={query.sok} autoComplete="off" />}
        </FilterField>
        <FilterField id="rolle" label={ui.common.role} error={problems.rolle}>
          {(p) => (
            <select {...p} name="rolle" defaultValue={query.rolle ?? ""}>
              <option value="">{ui.users.allRoles}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roles[r]}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="virksomhet" label={ui.common.organisation} error={problems.virksomhet}>
          {(p) => (
            <select {...p} name="virksomhet" defaultValue={query.virksomhet ?? ""}>
              <option value="">{ui.users.allOrganisations}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="status" label={ui.common.status} error={problems.status}>
          {(p) => (
            <select {...p} name="status" defaultValue={query.status ? USER_STATUS_PARAM[query.status] : ""}>
              <option value="">{ui.common.all}</option>
              {USER_STATUSES.map((s) => (
                <option key={s} value={USER_STATUS_PARAM[s]}>
                  {t.userStatus[s]}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterSubmit />
      </form>
      {problems.side && <Paragraph data-size="sm">{problems.side}</Paragraph>}
      <ResultCount total={list.total} page={list.page} pages={list.pages} filtered={filtered} one={ui.users.one} many={ui.users.many} />
      {list.rows.length > 0 && <UserTable rows={list.rows} />}
      <Pager page={list.page} pages={list.pages} label={ui.users.pager} href={(side) => `/admin/brukere${userListSearch(query, { side })}`} />
    </div>
  );
}
