/**
 * Loading a sector's organisations from a spreadsheet (organisation number, name, short name,
 * address, ministry): the columns, the check of every row with the same rules as the form (the dry
 * run and the import itself run the same check), and the template.
 */
import { organisationSchema } from "@/lib/domain/admin-schemas";
import { normaliseOrgNumber } from "@/lib/domain/org-number";
import { adminTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

/** More rows than any sector has agencies. */
export const MAX_IMPORT_ROWS = 2_000;

export const ORGANISATION_COLUMNS = [
  { key: "orgNumber", header: "Org.nr." },
  { key: "name", header: "Navn" },
  { key: "shortName", header: "Kortnavn" },
  { key: "postalAddress", header: "Postadresse" },
  { key: "ministry", header: "Departement" },
] as const;
type ColumnKey = (typeof ORGANISATION_COLUMNS)[number]["key"];
const REQUIRED: ColumnKey[] = ["orgNumber", "name", "shortName", "postalAddress"];
/** Other headers a file may use for a column (matched like the headers, without case or punctuation). */
const ALIASES: Partial<Record<ColumnKey, string[]>> = {
  orgNumber: ["organisasjonsnummer", "orgnummer"],
  name: ["virksomhet"],
  postalAddress: ["adresse"],
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9æøå]/g, "");

export interface ExistingOrganisation {
  id: string;
  kind: "MINISTRY" | "AGENCY" | "AUDIT_OFFICE";
  name: string;
  shortName: string;
  orgNumber: string;
  postalAddress: string;
  parentId: string | null;
}

export interface ImportMinistry {
  id: string;
  name: string;
  shortName: string;
  orgNumber: string;
}

export interface OrganisationImportRow {
  /** Line in the file (1 is the header). */
  line: number;
  orgNumber: string;
  name: string;
  shortName: string;
  postalAddress: string;
  ministryId: string | null;
  /** The agency with this org number, when there is one. */
  existingId: string | null;
  change: "new" | "update" | "unchanged" | null;
  problems: string[];
}

export interface OrganisationImportCheck {
  fileProblems: string[];
  rows: OrganisationImportRow[];
  ok: boolean;
}

/**
 * Checks a table (the header row first). `ownSectorId` is the administrator's ministry (null for
 * the command line, which may load any ministry's agencies). A row names its ministry by org number
 * or short name; an empty cell means the administrator's own. A row with an org number already
 * registered updates that agency's name, short name and address (only within the sector; a file
 * never moves an agency).
 */
export function checkOrganisationImport(input: {
  table: string[][];
  ownSectorId: string | null;
  existing: readonly ExistingOrganisation[];
  ministries: readonly ImportMinistry[];
}): OrganisationImportCheck {
  const { table, ownSectorId, existing, ministries } = input;
  const fileProblems: string[] = [];
  const [header = [], ...body] = table;
  const columns = new Map<ColumnKey, number>();
  header.forEach((h, i) => {
    const n = normalise(h);
    const column = ORGANISATION_COLUMNS.find((c) => normalise(c.header) === n || (ALIASES[c.key] ?? []).includes(n));
    if (column && !columns.has(column.key)) columns.set(column.key, i);
  });
  const missing = REQUIRED.filter((k) => !columns.has(k));
  if (missing.length) fileProblems.push(t().orgImport.missingColumns(missing.map((k) => ORGANISATION_COLUMNS.find((c) => c.key === k)!.header)));
  const dataRows = body.map((cells, i) => ({ cells, line: i + 2 })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (dataRows.length === 0) fileProblems.push(t().orgImport.noRows);
  if (dataRows.length > MAX_IMPORT_ROWS) fileProblems.push(t().orgImport.tooManyRows(MAX_IMPORT_ROWS));
  if (fileProblems.length) return { fileProblems, rows: [], ok: false };

  const cell = (cells: string[], key: ColumnKey) => (columns.has(key) ? (cells[columns.get(key)!] ?? "") : "");
  const byOrgNumber = new Map(existing.map((o) => [o.orgNumber, o]));
  const byShortName = new Map(existing.map((o) => [o.shortName.toLowerCase(), o]));
  const ministryByKey = new Map<string, ImportMinistry>();
  for (const m of ministries) {
    ministryByKey.set(m.orgNumber, m);
    ministryByKey.set(m.shortName.toLowerCase(), m);
  }
  const seenOrgNumbers = new Map<string, number>();
  const seenShortNames = new Map<string, number>();

  const rows = dataRows.map(({ cells, line }): OrganisationImportRow => {
    const problems: string[] = [];
    const raw = { orgNumber: cell(cells, "orgNumber"), name: cell(cells, "name"), shortName: cell(cells, "shortName"), postalAddress: cell(cells, "postalAddress") };
    const parsed = organisationSchema.safeParse(raw);
    if (!parsed.success) {
      const seen = new Set<string>();
      const order = (path: PropertyKey[]) => ORGANISATION_COLUMNS.findIndex((c) => c.key === path[0]);
      for (const issue of [...parsed.error.issues].sort((x, y) => order(x.path) - order(y.path))) {
        const column = ORGANISATION_COLUMNS.find((c) => c.key === issue.path[0]);
        const text = column ? `${column.header}: ${issue.message}` : issue.message;
        if (!seen.has(text)) problems.push(text);
        seen.add(text);
      }
    }
    const value = parsed.success ? parsed.data : { ...raw, orgNumber: normaliseOrgNumber(raw.orgNumber), name: raw.name.trim(), shortName: raw.shortName.trim(), postalAddress: raw.postalAddress.trim() };

    // The ministry: named in the row, or the administrator's own.
    const ministryCell = cell(cells, "ministry").trim();
    let ministryId: string | null = null;
    if (ministryCell) {
      const m = ministryByKey.get(normaliseOrgNumber(ministryCell)) ?? ministryByKey.get(ministryCell.toLowerCase());
      if (!m) problems.push(t().orgImport.unknownMinistry(ministryCell));
      else if (ownSectorId && m.id !== ownSectorId) problems.push(t().orgImport.otherMinistry(m.name));
      else ministryId = m.id;
    } else if (ownSectorId) ministryId = ownSectorId;
    else problems.push(t().orgImport.ministryRequired);

    // An agency already registered with the org number is updated, within its own sector only.
    const current = value.orgNumber ? byOrgNumber.get(value.orgNumber) : undefined;
    if (current && current.kind !== "AGENCY") problems.push(t().orgImport.existingNotAgency(current.name));
    else if (current && ministryId && current.parentId !== ministryId) problems.push(t().orgImport.existingOtherSector(current.name));

    const holder = value.shortName ? byShortName.get(value.shortName.toLowerCase()) : undefined;
    if (holder && holder.id !== current?.id) problems.push(`${t().orgImport.shortName}: ${t().errors.shortNameTaken(holder.name)}`);

    if (value.orgNumber) {
      const first = seenOrgNumbers.get(value.orgNumber);
      if (first) problems.push(t().orgImport.duplicateOrgNumber(first));
      else seenOrgNumbers.set(value.orgNumber, line);
    }
    if (value.shortName) {
      const first = seenShortNames.get(value.shortName.toLowerCase());
      if (first) problems.push(t().orgImport.duplicateShortName(first));
      else seenShortNames.set(value.shortName.toLowerCase(), line);
    }

    const unchanged = current && current.name === value.name && current.shortName === value.shortName && current.postalAddress === value.postalAddress;
    const change = problems.length ? null : !current ? "new" : unchanged ? "unchanged" : "update";
    return { line, ...value, ministryId, existingId: current?.id ?? null, change, problems };
  });
  return { fileProblems, rows, ok: rows.every((r) => r.problems.length === 0) };
}

/** A spreadsheet cell that would start a formula is kept as text (CSV injection). */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The template: the header and one row per agency as it stands, ready to change or add to. */
export function organisationTemplate(
  agencies: readonly { orgNumber: string; name: string; shortName: string; postalAddress: string; ministryOrgNumber: string }[],
): string[][] {
  return [
    ORGANISATION_COLUMNS.map((c) => c.header),
    ...agencies.map((a) => [a.orgNumber, a.name, a.shortName, a.postalAddress.split("\n").join(", "), a.ministryOrgNumber].map(neutraliseCell)),
  ];
}
