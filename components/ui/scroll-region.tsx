import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen. A keyboard
 * user can only scroll it if it can take focus (WCAG 2.1.1; axe's `scrollable-region-focusable`),
 * so it is a named region in the tab order; the arrow keys then scroll it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
