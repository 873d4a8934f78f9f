// Designsystemet's components that only draw markup, without "use client": the same element,
// class names and data attributes as @digdir/designsystemet-react 1.x renders (read from its
// dist/esm/components/*), so the design's CSS styles them alike, but a server component using
// them sends no JavaScript to the browser; the package's own types describe their props.
// Why: the package's index is one "use client" barrel, so importing a Heading from it made the whole
// package (1.4 MB, 206 kB gzip) part of every page's JavaScript. Components with behaviour come
// from their own modules (./field.ts, ./select.ts, …); eslint refuses imports of the package
// index (decision record 035).
import type {
  AlertProps, ButtonProps, CardProps, HeadingProps, LabelProps, LinkProps, ParagraphProps, TableBodyProps, TableCellProps, TableHeadProps,
  TableHeaderCellProps, TableProps, TableRowProps, TagProps, ValidationMessageProps,
} from "@digdir/designsystemet-react";
import { cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode, type Ref } from "react";

type Props = Record<string, unknown> & { className?: string; children?: ReactNode; asChild?: boolean };

function cl(...names: unknown[]): string | undefined {
  const joined = names.filter((n) => typeof n === "string" && n !== "").join(" ");
  return joined === "" ? undefined : joined;
}

/** The package's `asChild`: the one child element takes the component's props, class names merged. */
function renderAs(tag: string, { asChild, children, ...props }: Props): ReactElement {
  if (asChild && isValidElement<Props>(children)) {
    const own = children.props;
    return cloneElement(children, { ...props, ...own, className: cl(props.className, own.className) });
  }
  const Tag = tag as "div";
  return <Tag {...(props as ComponentProps<"div">)}>{children}</Tag>;
}

export function Heading({ level = 2, className, ...rest }: HeadingProps & { ref?: Ref<HTMLHeadingElement> }) {
  return renderAs(`h${level}`, { ...(rest as Props), className: cl("ds-heading", className) });
}

export function Paragraph({ className, variant, ...rest }: ParagraphProps & { ref?: Ref<HTMLParagraphElement> }) {
  return renderAs("p", { ...(rest as Props), className: cl("ds-paragraph", className), "data-variant": variant });
}

export function Tag({ className, variant, ...rest }: TagProps & { ref?: Ref<HTMLSpanElement> }) {
  return renderAs("span", { ...(rest as Props), className: cl("ds-tag", className), "data-variant": variant });
}

export function Alert({ "data-color": color = "info", className, ...rest }: AlertProps & { ref?: Ref<HTMLDivElement> }) {
  return renderAs("div", { ...(rest as Props), className: cl("ds-alert", className), "data-color": color });
}

export function Label({ className, weight, ...rest }: LabelProps & { ref?: Ref<HTMLLabelElement> }) {
  return renderAs("label", { ...(rest as Props), className: cl("ds-label", className), suppressHydrationWarning: true, "data-weight": weight });
}

export function ValidationMessage({ className, ...rest }: ValidationMessageProps & { ref?: Ref<HTMLParagraphElement> }) {
  return renderAs("p", { ...(rest as Props), className: cl("ds-validation-message", className), "data-field": "validation", suppressHydrationWarning: true });
}

export function Link({ className, ...rest }: LinkProps & { ref?: Ref<HTMLAnchorElement> }) {
  return renderAs("a", { ...(rest as Props), className: cl("ds-link", className) });
}

export function Table({ zebra = false, stickyHeader = false, border = false, hover = false, className, ...rest }: TableProps & { ref?: Ref<HTMLTableElement> }) {
  return renderAs("table", {
    ...rest,
    className: cl("ds-table", className),
    "data-border": border || undefined,
    "data-hover": hover || undefined,
    "data-sticky-header": stickyHeader || undefined,
    "data-zebra": zebra || undefined,
  });
}

export function TableHead(props: TableHeadProps) {
  return renderAs("thead", props as Props);
}

export function TableBody(props: TableBodyProps) {
  return renderAs("tbody", props as Props);
}

export function TableRow(props: TableRowProps) {
  return renderAs("tr", props as Props);
}

export function TableCell(props: TableCellProps) {
  return renderAs("td", props as Props);
}

export function TableHeaderCell({ sort, children, ...rest }: TableHeaderCellProps) {
  return renderAs("th", { ...(rest as Props), "aria-sort": sort, children: sort ? <button type="button">{children}</button> : children });
}

/** Without the package's loading spinner, whose module pulls in every web component of the design. */
export function Button({ className, icon = false, loading = false, variant, ...rest }: ButtonProps & { ref?: Ref<HTMLButtonElement> }) {
  return renderAs("button", {
    type: rest.asChild ? undefined : "button",
    ...(rest as Props),
    suppressHydrationWarning: true,
    "aria-busy": Boolean(loading) || undefined,
    className: cl("ds-button", className),
    "data-icon": icon || undefined,
    "data-variant": variant,
  });
}

/** Without the package's click delegation (a card whose heading holds a link opens it on a click anywhere). */
export function Card({ className, variant, ...rest }: CardProps & { ref?: Ref<HTMLDivElement> }) {
  return renderAs("div", { ...(rest as Props), className: cl("ds-card", className), "data-variant": variant });
}

/** A native disclosure with Designsystemet's look: opens and closes without script (not the package's u-details). */
export function NativeDetails({ className, ...rest }: ComponentProps<"details"> & { "data-color"?: string }) {
  return <details className={cl("ds-details", className)} {...rest} />;
}
