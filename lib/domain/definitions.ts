// Who counts as a new hire in the target group, by reporting year (../shared/DOMAIN.md).
export type CvGapDefinition = "TWO_CONSECUTIVE_YEARS" | "TWO_OF_FIVE_YEARS";

/** The CV-gap definition changed on 1 January 2020. */
export function cvGapDefinitionFor(year: number): CvGapDefinition {
  return year <= 2019 ? "TWO_CONSECUTIVE_YEARS" : "TWO_OF_FIVE_YEARS";
}

/** Ordinary temporary hires count from 1 April 2019. */
export function temporaryHiresCount(year: number): "all" | "fromApril" | "no" {
  return year < 2019 ? "no" : year === 2019 ? "fromApril" : "all";
}
