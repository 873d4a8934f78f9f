// Every user-facing Norwegian (bokmål) text that code outside components/ needs.
export const nb = {
  errors: {
    required: "Fyll inn feltet.",
    wholeNumber: "Skriv et helt tall, for eksempel 12.",
    notNegative: "Tallet kan ikke være negativt.",
    tooLarge: "Tallet er urimelig stort. Kontroller tallet.",
    targetExceedsTotal: "Kan ikke være flere enn nytilsatte totalt i samme stillingstype.",
    futureYear: "Du kan ikke rapportere for et år som ikke er begynt.",
    yearTooEarly: "Inkluderingsdugnaden startet i 2018. Velg 2018 eller senere.",
    invalidDate: "Skriv en gyldig dato.",
    deadlineInPast: "Fristen må være etter dagens dato.",
    chooseAgency: "Velg minst én virksomhet.",
    caseNumberFormat: "Skriv saksnummeret som år/løpenummer, for eksempel 21/1234.",
    caseNumberTaken: "Saksnummeret er allerede brukt på brev fra departementet.",
    tooLong: "Teksten er for lang.",
    missingElement: (label: string) => `«${label}» må fylles ut før planen sendes inn.`,
    notAllowed: "Du har ikke tilgang til dette.",
    notFound: "Fant ikke det du ba om.",
    staleVersion:
      "Planen er endret av noen andre siden du åpnet den. Last siden på nytt for å se endringene. Teksten din er ikke lagret.",
    planLocked: "Planen er sendt inn og kan ikke endres.",
    unexpected: "Noe gikk galt. Prøv igjen om litt.",
    database: "Databasen svarer ikke akkurat nå. Prøv igjen om litt.",
    invalidForm: "Skjemaet har feil. Se feltene som er merket.",
  },
  login: {
    wrongCredentials: "Feil e-post eller passord.",
    tooManyAttempts: "For mange mislykkede forsøk. Vent litt og prøv igjen.",
  },
  planElements: {
    challenges: "Utfordringer og muligheter",
    measures: "Tiltak",
    goals: "Mål",
    goalLink: "Kobling til virksomhetens mål og tjenesteproduksjon",
    responsibilities: "Ansvarsfordeling",
    traineeAssessment: "Vurdering av traineeprogrammet",
  },
  planElementHelp: {
    challenges: "Utfordringer knyttet til rekruttering fra målgruppen, og mulighetene for å løse dem.",
    measures: "Måter å jobbe med utfordringene på: hva, hvem eier tiltaket og når.",
    goals: "Kortsiktige og langsiktige mål for inkludering, målbare der det går.",
    goalLink: "Hvordan inkludering kobles til virksomhetens mål og tjenesteproduksjon.",
    responsibilities: "Hvem har ansvar for hva: toppleder, rekrutterende ledere, HR, tillitsvalgte …",
    traineeAssessment: "Vil virksomheten bruke traineeprogrammet i staten? For hvilke stillinger, og hvorfor eller hvorfor ikke?",
  },
  planStatus: {
    NOT_STARTED: "Ikke påbegynt",
    DRAFT: "Utkast",
    SUBMITTED: "Sendt inn",
    CHANGES_REQUESTED: "Endringer etterspurt",
    APPROVED: "Godkjent",
  },
  letterStatus: {
    SENT: "Sendt",
    READ: "Lest",
  },
  roles: {
    ADVISER: "Rådgiver",
    AGENCY_HR: "HR",
    LEADER: "Leder",
    AUDITOR: "Revisor",
  },
} as const;

export type PlanElementKey = keyof typeof nb.planElements;
