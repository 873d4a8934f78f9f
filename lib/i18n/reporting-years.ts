// The reporting rules by year in both languages: reportingYearsNb (the bokmål source, which
// documents use directly) paired with its English. The interface reads `reportingYearsTexts`.
import { defineTexts } from "@/lib/i18n/messages";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";

export const reportingYearsTexts = defineTexts(reportingYearsNb, {
  years: (years: readonly number[]) => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? "")),
  heading: (years: string) => `How it is counted for ${years}`,
  targetGroup: "The target group",
  countedHeading: "Counted as new hires",
  notCountedHeading: "Not counted",
  goal: (percent: number) => `The goal is met when at least ${percent}\u00a0% of new hires are in the target group.`,
  once: "A person who is in both groups is counted once.",
  disability: {
    TICKED_OR_DIALOGUE:
      "Disability: the applicant ticked the box for disability in the application, or it came up in dialogue with the applicant.",
    NEEDS_ADJUSTMENT:
      "Disability: the applicant has stated that they have a disability that requires adjustments at work.",
  },
  cvGap: {
    TWO_CONSECUTIVE_YEARS:
      "Gap in their CV: the applicant has been wholly or partly outside work, education or training for at least 2 consecutive years.",
    TWO_OF_FIVE_YEARS:
      "Gap in their CV (from 1 January 2020): when applying, the applicant had been wholly or partly outside work, education or training for a total of at least 2 of the last 5 years. Anyone who then had a permanent job, or a temporary job for more than a year, is not counted.",
  },
  cvGapCause: {
    TWO_CONSECUTIVE_YEARS: null,
    TWO_OF_FIVE_YEARS:
      "The cause of the gap: the applicant has been actively seeking work, or has been away because of illness (including mental illness), substance dependence or serving a sentence.",
  },
  counted: {
    PERMANENT: "Permanent appointments.",
    MADE_PERMANENT_OR_ADMINISTRATIVE: "Permanent appointments under the three-year rule and other administrative appointments.",
    TEMPORARY: "Ordinary temporary appointments.",
    TEMPORARY_FROM_APRIL_2019: "Ordinary temporary appointments from 1 April 2019.",
    APPRENTICES_IN_TARGET_GROUP: "Apprentices in the target group.",
    TRAINEES_STARTED:
      "Trainees in the state's trainee programme who started in the year. All are in the target group, and they are counted once, as trainees, not also as temporary.",
  },
  notCounted: {
    TEMPORARY: "Temporary appointments (they are counted from 1 April 2019).",
    WORK_PRACTICE: "Work practice (the participants are not employees).",
    TRANSFERS_BY_ORDER: "Transfers by order.",
  },
  traineeProgramme: {
    DISABILITY: "This year the state's trainee programme is for people with higher education and disabilities.",
    DISABILITY_OR_CV_GAP:
      "The state's trainee programme is for people with higher education and disabilities and/or a gap in their CV.",
  },
  preliminary: "preliminary",
  preliminaryNote: (year: number) => `The figures for ${year} are preliminary: the year is not over yet.`,
  partial: (reported: number, agencies: number) => `${reported} of ${agencies} have reported`,
});
