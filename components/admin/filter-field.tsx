import type { ReactNode } from "react";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";

/**
 * One field of a plain GET filter form: its label, the control, and the problem with the value in
 * the URL, if any, next to it (the control gets `aria-invalid` and `aria-describedby` from `controlProps`).
 */
export function FilterField({ id, label, error, children }: { id: string; label: string; error?: string; children: (controlProps: ControlProps) => ReactNode }) {
  const errorId = `${id}-feil`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? errorId : undefined, className: "ds-input" })}
      {error && (
        <p id={errorId} className="max-w-64 text-sm text-[var(--ds-color-danger-text-default)]">
          {error}
        </p>
      )}
    </div>
  );
}

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

/** "Forrige side" and "Neste side" links under a paged table. */
export async function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const t = (await getTexts(adminUiTexts)).filter;
  return (
    <nav aria-label={label} className="flex gap-4">
      {page > 1 && <a href={href(page - 1)}>{t.previous}</a>}
      <span>{t.page(page, pages)}</span>
      {page < pages && <a href={href(page + 1)}>{t.next}</a>}
    </nav>
  );
}

/** The filter form's submit button, aligned with the fields (their labels are above them). */
export async function FilterSubmit() {
  const t = (await getTexts(adminUiTexts)).filter;
  return (
    <div className="flex flex-col gap-1">
      <span aria-hidden="true">&nbsp;</span>
      <button type="submit" className="ds-button" data-variant="secondary">
        {t.show}
      </button>
    </div>
  );
}

/** How many rows the filter found, announced: "3 brukere, side 1 av 2." */
export async function ResultCount({ total, page, pages, filtered, one, many }: { total: number; page: number; pages: number; filtered: boolean; one: string; many: string }) {
  const t = (await getTexts(adminUiTexts)).filter;
  return (
    <p role="status">{total === 0 ? (filtered ? t.noneMatch(many) : t.noneYet(many)) : t.count(total, total === 1 ? one : many, page, pages)}</p>
  );
}
