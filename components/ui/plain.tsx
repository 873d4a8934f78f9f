import type { ComponentProps } from "react";
import type { PlanStatus } from "@/lib/domain/plan";

// Designsystemet's look without its React components: the same elements with its CSS classes,
// rendered on the server. Its React components are client components (each a "use client"
// module): from a server page every one of them is a client reference, serialised into the page's
// payload and hydrated, though a heading, a paragraph or a table has no behaviour. The dashboard
// renders hundreds of table cells; these cost nothing in the browser (decision record 033). They
// also keep Designsystemet's React package, one barrel of 200 kB gzip in the browser, out of
// pages that need none of its behaviour: the app's shell and its error boundaries use these.

const cx = (base: string, className?: string) => (className ? `${base} ${className}` : base);
type DataAttributes = { "data-size"?: string; "data-color"?: string; "data-variant"?: string };

export function Heading({ level = 2, className, ...rest }: ComponentProps<"h2"> & DataAttributes & { level?: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Tag = `h${level}` as const;
  return <Tag className={cx("ds-heading", className)} {...rest} />;
}

export function Paragraph({ className, ...rest }: ComponentProps<"p"> & DataAttributes) {
  return <p className={cx("ds-paragraph", className)} {...rest} />;
}

export function Card({ className, ...rest }: ComponentProps<"div"> & DataAttributes) {
  return <div className={cx("ds-card", className)} {...rest} />;
}

export function Table({ zebra = false, className, ...rest }: ComponentProps<"table"> & DataAttributes & { zebra?: boolean }) {
  return <table className={cx("ds-table", className)} data-zebra={zebra || undefined} {...rest} />;
}

export function Tag({ className, ...rest }: ComponentProps<"span"> & DataAttributes) {
  return <span className={cx("ds-tag", className)} {...rest} />;
}

export function Button({ className, type = "button", ...rest }: ComponentProps<"button"> & DataAttributes) {
  return <button type={type} className={cx("ds-button", className)} {...rest} />;
}

export function Alert({ className, "data-color": color = "info", ...rest }: ComponentProps<"div"> & DataAttributes) {
  return <div className={cx("ds-alert", className)} data-color={color} {...rest} />;
}

export function ValidationMessage({ className, ...rest }: ComponentProps<"p"> & DataAttributes) {
  return <p className={cx("ds-validation-message", className)} data-field="validation" {...rest} />;
}

/** A native disclosure: opens and closes without script. */
export function Details({ className, ...rest }: ComponentProps<"details"> & DataAttributes) {
  return <details className={cx("ds-details", className)} {...rest} />;
}

/** A plan status's colour; the text says the status, the colour only supports it. */
export const PLAN_STATUS_COLORS: Record<PlanStatus, "neutral" | "warning" | "info" | "success" | "danger"> = {
  NOT_STARTED: "neutral",
  DRAFT: "info",
  SUBMITTED: "success",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
};
