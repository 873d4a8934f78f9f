// Norwegian (bokmål) texts for the sector action plan and its follow-up in the agencies.
import type { SectorPlanState, MeasureKind } from "@/lib/domain/sector-plan";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import type { MeasureEnd } from "@/lib/domain/sector-plan-succession";

export const sectorPlanText = {
  errors: {
    tooLong: "Teksten er for lang.",
    tooMany: "Det er for mange elementer i listen.",
    invalidDate: "Skriv en gyldig dato.",
    titleRequired: "Skriv en tittel.",
    noTheme: "Legg til minst ett tema.",
    themeTitleRequired: "Temaet må ha en overskrift.",
    noMeasure: "Temaet må ha minst ett tiltak.",
    measureTextRequired: "Skriv hva tiltaket går ut på.",
    duplicateIds: "Planen har to elementer med samme id. Last siden på nytt.",
    yearRequired: "Skriv et årstall mellom 2018 og 2100.",
    yearTaken: (year: number) => `Det finnes allerede en sektorplan for ${year}.`,
    staleVersion:
      "Sektorplanen er endret av noen andre siden du åpnet den. Teksten din er ikke lagret, men står fortsatt i skjemaet.",
    unchanged: "Utkastet er likt den publiserte versjonen. Gjør en endring før du publiserer på nytt.",
    incomplete: "Planen kan ikke publiseres ennå. Se feltene som er merket.",
    statusRequired: "Velg en status.",
    reasonRequired: "Skriv hvorfor tiltaket ikke er relevant for virksomheten.",
    commentTooLong: "Kommentaren kan ha høyst 500 tegn.",
    followUpStale:
      "Noen i virksomheten har rapportert på tiltaket siden du åpnet siden. Se det nye svaret og prøv igjen. Det du skrev, står fortsatt i skjemaet.",
    unknownMeasure: "Tiltaket finnes ikke i den publiserte planen.",
    newerVersion: "Departementet har publisert en ny versjon av planen. Last siden på nytt og rapporter på den.",
    notPublished: "Sektorplanen er ikke publisert ennå.",
    nextNeedsPublished: "Neste års plan lages fra den publiserte planen. Publiser denne planen først.",
    nextExists: (year: number) => `Neste års plan (${year}) er allerede laget fra denne planen.`,
    superseded: (year: number) => `Planen er avløst av handlingsplan ${year}. Gjør endringene i den nye planen.`,
    measureEnded: (why: string) => `Du kan ikke lenger rapportere på dette tiltaket: ${why}. Historikken er tatt vare på.`,
    reportInNextPlan: (year: number) => `Tiltaket følges nå opp i handlingsplan ${year}. Rapporter der.`,
  },
  document: {
    measures: "Tiltak",
    due: (date: string) => `Frist: ${date}`,
    creator: "Dugnad – oppfølging av inkluderingsdugnaden",
    versionLabel: (n: number, date: string) => `Versjon ${n}, publisert ${date}`,
    page: (n: number, of: number) => `Side ${n} av ${of}`,
  },
  states: {
    DRAFT: "Utkast",
    PUBLISHED: "Publisert",
    REVISING: "Publisert – utkast til ny versjon",
  } satisfies Record<SectorPlanState, string>,
  measureKinds: {
    MANDATORY: "Skal",
    RECOMMENDED: "Bør",
  } satisfies Record<MeasureKind, string>,
  measureKindsLong: {
    MANDATORY: "Skal (obligatorisk)",
    RECOMMENDED: "Bør (anbefalt)",
  } satisfies Record<MeasureKind, string>,
  followUpStatuses: {
    NOT_STARTED: "Ikke startet",
    IN_PROGRESS: "Under arbeid",
    DONE: "Gjennomført",
    NOT_RELEVANT: "Ikke relevant",
  } satisfies Record<FollowUpStatus, string>,
  /** Why a measure's follow-up in this plan has ended (lib/domain/sector-plan-succession.ts). */
  measureEnd: (end: MeasureEnd): string =>
    end.kind === "removed"
      ? `Avsluttet ${formatShortDate(todayInNorway(end.at))} (fjernet i versjon ${end.version} av planen)`
      : end.kind === "notContinued"
        ? `Avsluttet ${formatShortDate(todayInNorway(end.at))} (ikke videreført i handlingsplan ${end.year})`
        : `Videreført i handlingsplan ${end.year} fra ${formatShortDate(todayInNorway(end.at))}`,
  changes: {
    title: "Tittelen er endret",
    introduction: "Innledningen er endret",
    themeAdded: (theme: string) => `Nytt tema: ${theme}`,
    themeRemoved: (theme: string) => `Temaet ${theme} er fjernet`,
    themeRenamed: (before: string, after: string) => `Temaet ${before} heter nå ${after}`,
    themeDescription: (theme: string) => `Teksten i temaet ${theme} er endret`,
    themesReordered: "Temaene har fått ny rekkefølge",
    measureAdded: (theme: string, kind: string) => `Nytt tiltak (${kind}) under ${theme}`,
    measureRemoved: (theme: string) => `Tiltak fjernet fra ${theme}`,
    measureText: (theme: string) => `Tiltak endret under ${theme}`,
    measureKind: (theme: string, before: string, after: string) => `Tiltak under ${theme} er endret fra «${before}» til «${after}»`,
    measureDue: (theme: string, before: string, after: string) => `Ny frist for tiltak under ${theme}: ${before || "ingen"} → ${after || "ingen"}`,
    measureMoved: (from: string, to: string) => `Tiltak flyttet fra ${from} til ${to}`,
    before: "Før",
    after: "Nå",
    none: "Ingen endringer i innholdet.",
  },
};
