"use client";

// "Flytt opp" / "Flytt ned" for a theme or a measure: plain buttons, so they work with the keyboard
// and the mouse alike. Each names its item ("Flytt temaet Kompetanse opp"); after a move the
// focus stays on the moved item's button and the new place is announced.
import { Button } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

export const moveButtonId = (itemId: string, direction: -1 | 1) => `flytt-${direction < 0 ? "opp" : "ned"}-${itemId}`;

/** After the re-render, focus the moved item's button (the other one when it reached an end). */
export function focusMoved(itemId: string, direction: -1 | 1) {
  requestAnimationFrame(() => {
    const same = document.getElementById(moveButtonId(itemId, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(itemId, direction === -1 ? 1 : -1)) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  });
}

export function MoveButtons({
  itemId,
  index,
  count,
  what,
  onMove,
}: {
  itemId: string;
  index: number;
  count: number;
  /** "temaet Kompetanse", "tiltak 2.1". */
  what: string;
  onMove: (direction: -1 | 1) => void;
}) {
  const t = useTexts(sectorPlanUiTexts).editor;
  return (
    <div className="flex flex-wrap gap-2">
      {([-1, 1] as const).map((direction) => (
        <Button
          key={direction}
          id={moveButtonId(itemId, direction)}
          type="button"
          variant="tertiary"
          data-size="sm"
          disabled={direction < 0 ? index === 0 : index === count - 1}
          onClick={() => onMove(direction)}
        >
          <span aria-hidden="true">{direction < 0 ? "↑" : "↓"}</span>
          {t.move}
          <span className="sr-only"> {what}</span>
          {direction < 0 ? t.up : t.down}
        </Button>
      ))}
    </div>
  );
}
