/**
 * The state-wide share of new hires in the target group, for reference where known
 * (DFØ's figures, ../shared/DOMAIN.md): 2019 ≈ 2.2 %, 2020 ≈ 2.0 %.
 */
export const STATE_WIDE_SHARE: Readonly<Record<number, number>> = { 2019: 0.022, 2020: 0.02 };

export function stateWideShare(year: number): number | null {
  return STATE_WIDE_SHARE[year] ?? null;
}
