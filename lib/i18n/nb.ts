// Every user-facing Norwegian (bokmål) text that code outside components/ needs.
import { formatLongDate, formatShortDate } from "@/lib/domain/format";
import type { Due } from "@/lib/domain/home";

/** "1 dag", "12 dager". */
const days = (n: number) => (n === 1 ? "1 dag" : `${n} dager`);

/** "1 sekund", "20 sekunder", "2 minutter" (whole minutes from 60 seconds, rounded up). */
function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 sekund" : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minutt" : `${minutes} minutter`;
}

export const nb = {
  errors: {
    required: "Fyll inn feltet.",
    wholeNumber: "Skriv et helt tall, for eksempel 12.",
    notNegative: "Tallet kan ikke være negativt.",
    tooLarge: "Tallet er urimelig stort. Kontroller tallet.",
    targetExceedsTotal: "Kan ikke være flere enn nytilsatte totalt i samme stillingstype.",
    reasonRequired: "Skriv hvorfor tallene endres.",
    yearClosed: "Departementet har lukket året. Ta kontakt med departementet hvis tallene må endres.",
    notEstablished: (establishedOn: Date, year: number) =>
      `Virksomheten ble opprettet ${formatShortDate(establishedOn)}, og har ingen tall for ${year}.`,
    futureYear: "Du kan ikke rapportere for et år som ikke er begynt.",
    yearTooEarly: "Inkluderingsdugnaden startet i 2018. Velg 2018 eller senere.",
    invalidDate: "Skriv en gyldig dato.",
    deadlineInPast: "Fristen må være etter dagens dato.",
    deadlineBeforeDate: "Fristen må være etter brevets dato.",
    phoneFormat: "Skriv et telefonnummer med 8 sifre, for eksempel 22 24 46 36.",
    signatoryRequired: "Brevet må ha minst én som signerer.",
    ourRefFormat: "Skriv Vår ref som saksnummer og dokumentnummer, for eksempel 20/56-69.",
    ourRefTaken: "Vår ref er allerede brukt på et annet brev fra departementet.",
    letterFrozen: "Brevet er sendt og kan ikke endres. Lag en rettelse i stedet.",
    lettersIncomplete: "Noen brev mangler opplysninger og kan ikke sendes ennå:",
    missingNumber: (agency: string) => `Brevet til ${agency} mangler brevnummer.`,
    nothingToSend: "Det er ingen brev å sende i runden.",
    chooseAgency: "Velg minst én virksomhet.",
    reminderDaysFormat: "Skriv hele dager skilt med komma, for eksempel 14, 3.",
    reminderDaysRange: "Hver påminnelse må være mellom 1 og 60 dager før fristen.",
    reminderDaysTooMany: "Skriv høyst 5 påminnelser.",
    chooseDeliveryMode: "Velg Straks, Daglig sammendrag eller Av.",
    dueBeforeYearEnds: (year: number) => `Tallene for ${year} kan først rapporteres når året er omme. Velg en dato i ${year + 1} eller senere.`,
    caseNumberFormat: "Skriv saksnummeret som år/løpenummer, for eksempel 21/1234.",
    caseNumberTaken: "Saksnummeret er allerede brukt på brev fra departementet.",
    tooLong: "Teksten er for lang.",
    nulCharacter: "Teksten inneholder et usynlig kontrolltegn (NUL) som ikke kan lagres. Skriv eller lim inn teksten på nytt.",
    nulInSearch: "Søket inneholder et usynlig kontrolltegn (NUL) og kan ikke brukes. Skriv søket på nytt.",
    missingElement: (label: string) => `«${label}» må fylles ut før planen sendes inn.`,
    notAllowed: "Du har ikke tilgang til dette.",
    signedOut: "Du er ikke lenger logget inn. Logg inn på nytt i en annen fane, så går ingenting tapt her.",
    notFound: "Fant ikke det du ba om.",
    hiringStale: "Tallene for året er lagret av noen andre siden du åpnet skjemaet. Dine tall er ikke lagret. Se de nye tallene under, og velg hva du vil gjøre.",
    letterStale: "Brevet er lagret av noen andre siden du åpnet det. Dine endringer er ikke lagret. Se det som er lagret under, og velg hva du vil gjøre.",
    staleVersion:
      "Planen er endret av noen andre siden du åpnet den. Last siden på nytt for å se endringene. Teksten din er ikke lagret.",
    planLocked: "Planen er sendt inn og kan ikke endres.",
    planIncomplete: "Planen er ikke komplett. Se det som mangler under hvert element.",
    newerVersion: "Virksomheten har sendt inn en nyere versjon siden du åpnet planen. Last siden på nytt og gå gjennom den.",
    notReviewable: "Planen venter ikke på gjennomgang (den er allerede behandlet eller trukket tilbake).",
    reviewMessageRequired: "Skriv hva virksomheten skal endre.",
    notRevisable: "Bare en godkjent plan kan revideres, og revisjonen er kanskje allerede startet. Last siden på nytt.",
    signoffMissing: "Lederen må godkjenne akkurat dette utkastet før planen kan sendes inn. Send planen til leder for godkjenning.",
    signoffNotRequired: "Runden krever ikke at leder godkjenner planen. Du kan sende den inn direkte.",
    signoffNotPending: "Utkastet venter ikke på din godkjenning, eller det er endret siden det ble sendt til deg. Last siden på nytt.",
    signoffCommentRequired: "Skriv hva HR skal endre.",
    unexpected: "Noe gikk galt. Prøv igjen om litt.",
    database: "Databasen svarer ikke akkurat nå. Prøv igjen om litt.",
    invalidForm: "Skjemaet har feil. Se feltene som er merket.",
    poolingOrder: "Siste år må være etter første år.",
    poolingTooLong: "En periode kan være på høyst 5 år.",
    poolingOverlap: "Ett eller flere av årene er allerede med i en periode som er søkt om eller godkjent. Et år kan bare være med i én periode, også etter at den er trukket tilbake.",
    poolingUnreported: (years: number[]) => `Alle årene i perioden må være rapportert først. Mangler: ${years.join(", ")}.`,
    poolingSmallOnly: "Bare år med færre enn 5 nytilsatte kan slås sammen: år med flere vises allerede for seg.",
    poolingCannotApprove:
      "Perioden kan ikke godkjennes: alle årene må være rapportert, ha færre enn 5 nytilsatte og ikke ha vært med i en publisert periode. Avslå søknaden, gjerne med en begrunnelse.",
    poolingDecided: "Søknaden er allerede behandlet. Last siden på nytt.",
    poolingNotApproved: "Bare en godkjent periode kan trekkes tilbake.",
  },
  hiringImport: {
    yearClosed: (year: number) => `Departementet har lukket ${year}. Åpne året før du importerer tall for det.`,
    missingColumns: (headers: string[]) => `Filen mangler kolonnene ${headers.map((h) => `«${h}»`).join(", ")}. Bruk malen.`,
    noRows: "Filen har ingen rader med tall.",
    orgNumberMissing: "Org.nr. mangler.",
    unknownAgency: (orgNumber: string) => `Fant ingen virksomhet i sektoren med org.nr. ${orgNumber}.`,
    duplicate: (line: number) => `Virksomheten står også på linje ${line}.`,
    unreadable: "Filen kunne ikke leses. Last opp en CSV-fil (semikolon eller komma) eller en Excel-fil (.xlsx) med høyst 10 000 rader.",
    tooLarge: "Filen er for stor (høyst 2 MB).",
    chooseFile: "Velg en fil.",
    notOk: "Filen har feil. Ingenting er importert. Se listen under.",
  },
  /** Attachments (PDF, DOCX) on plans and letters (issue 13). */
  attachments: {
    chooseFile: "Velg en fil.",
    empty: "Filen er tom.",
    tooLarge: (mb: number) => `Filen er for stor. Vedlegg kan være høyst ${mb} MB.`,
    notPdfOrDocx: "Filen er verken en PDF eller et Word-dokument (.docx), uansett hva den heter. Last opp en PDF eller et Word-dokument.",
    damagedPdf: "Filen begynner som en PDF, men er ufullstendig eller skadet. Lagre den som PDF på nytt og prøv igjen.",
    notDocx: "Filen er en ZIP-fil, men ikke et Word-dokument (.docx). Last opp en PDF eller et Word-dokument.",
    damagedDocx: "Word-dokumentet kan ikke leses: det er skadet, kryptert eller pakker ut til altfor mye. Lagre det på nytt i Word og prøv igjen.",
    onlyDocx: "Bare Word-dokumenter (.docx) kan importeres som plan. Denne filen er en PDF.",
    oneOwner: "Et vedlegg hører til enten en plan eller et brev.",
    planLocked: "Planen er sendt inn. Vedlegg kan bare legges til eller slettes mens planen kan endres.",
    letterSent: "Brevet er sendt. Vedlegg til et sendt brev kan ikke slettes.",
    notYours: "Bare den som lastet opp vedlegget (eller noen fra samme virksomhet) kan slette det.",
    uploaded: (name: string) => `Vedlegget «${name}» er lagt til.`,
    deleted: (name: string) => `Vedlegget «${name}» er slettet.`,
  },
  /** A plan imported from a Word document (issue 13). */
  planImport: {
    missing: (element: string) => `Fant ikke overskrift for «${element}». Feltet er tomt; skriv inn teksten eller flytt den fra «Tekst som ikke ble plassert».`,
    empty: (element: string) => `Fant overskriften for «${element}», men ingen tekst under den.`,
    duplicate: (element: string) => `Overskriften for «${element}» står flere steder i dokumentet. Teksten er slått sammen.`,
    unknownHeading: (heading: string) => `Overskriften «${heading}» hører ikke til noe element. Teksten under den står i «Tekst som ikke ble plassert».`,
    noHeadings: "Fant ingen overskrifter som hører til planens elementer. All tekst står i «Tekst som ikke ble plassert».",
    tooLong: "Et avsnitt eller punkt er for langt (høyst 5 000 tegn). Del det opp.",
    tooMany: "For mange avsnitt eller punkter for dette elementet. Slå noen sammen.",
    invalid: "Teksten kan ikke brukes slik den står.",
    applied: "Planen fra Word er nå utkastet. Originalen er lagret som vedlegg.",
  },
  /** One agency-year's figure in a table, an export or a brief (lib/domain/figure-text.ts). */
  figures: {
    none: "–",
    // One word for both reasons: telling "under 5" from "hidden for another's sake" gives numbers away.
    suppressed: "Skjult",
    /** An exact year under 5 new hires, for those who see exact counts (../shared/DOMAIN.md). */
    few: "færre enn 5 – ikke for publisering",
    pooled: (fromYear: number, toYear: number) => `(samlet ${fromYear}–${toYear})`,
    stateShareUnknown: "Ikke kjent",
    /** Who made a revision that a migration made (the history names no person). */
    byMigration: "Dugnad (omregning)",
  },
  /** The public page's open data (/offentlig/tall.csv and .json; docs/open-data.md). */
  openData: {
    levels: { agency: "virksomhet", sector: "sektor" },
    // One reason for both kinds of hidden cell, as on the page: the kind would give numbers away.
    empty: {
      suppressed: "skjult av personvernhensyn",
      sectorSuppressed: "skjult av personvernhensyn",
      notReported: "ikke rapportert",
    },
    pooled: (fromYear: number, toYear: number) => `samlet for ${fromYear}–${toYear}`,
    headers: [
      "Nivå", "Sektor org.nr.", "Sektor", "Org.nr.", "Navn", "År", "Nytilsatte", "I målgruppen", "Andel (%)",
      "Merknad", "Har rapportert", "Virksomheter", "Mål (%)", "Hele staten (%)",
    ],
    badQuery: "Valget i lenken finnes ikke eller er ugyldig. Tallene under er standardvalget.",
    badDownloadQuery: "Ugyldig valg: «sektor» er departementets organisasjonsnummer og «aar» et årstall, for eksempel ?sektor=972417858&aar=2020.",
    unknownSector: "Fant ingen sektor med det organisasjonsnummeret.",
  },
  setPassword: {
    linkUnusable: "Lenken kan ikke brukes lenger: den er brukt, utløpt eller erstattet av en ny. Be administratoren for Dugnad i departementet ditt om en ny lenke.",
    tooShort: "Passordet må ha minst 12 tegn. En setning av flere ord er lett å huske og vanskelig å gjette.",
    tooLong: "Passordet kan ha høyst 256 tegn.",
    containsEmail: "Passordet kan ikke inneholde e-postadressen din.",
    demoPassword: "Dette passordet er kjent fra demoen. Velg et annet.",
    oneCharacter: "Passordet kan ikke bestå av ett og samme tegn.",
    repeatDiffers: "Passordene er ikke like. Skriv det samme passordet to ganger.",
    saved: "Passordet er lagret. Logg inn med e-postadressen din og det nye passordet.",
  },
  login: {
    signedOutEverywhere: "Du er logget ut overalt: alle innloggingene dine er avsluttet.",
    deactivated: "Kontoen din er deaktivert. Ta kontakt med administratoren for Dugnad i departementet ditt.",
    wrongCredentials: "Feil e-post eller passord.",
    /** After a failure when the next attempt to the account will be answered only after a delay. */
    wrongCredentialsDelayed: (seconds: number) =>
      `Feil e-post eller passord. Etter flere mislykkede forsøk tar det ${duration(seconds)} før du får svar neste gang.`,
    tooManyFromAddress: (seconds: number) =>
      `For mange mislykkede innlogginger fra nettverket ditt. Vent ${duration(seconds)} og prøv igjen.`,
    busy: "Det er for mange innlogginger akkurat nå. Vent noen sekunder og prøv igjen.",
  },
  sso: {
    /** Whom a person without access asks: administrators sit in the ministries. */
    whomToAsk:
      "Ta kontakt med administratoren for Dugnad i departementet ditt. Arbeider du i en virksomhet, er det departementet virksomheten hører under.",
    refusals: {
      notInvited: {
        title: "Du har ikke tilgang til Dugnad",
        body: "Du er logget inn hos innloggingstjenesten, men har ingen konto i Dugnad. Kontoer opprettes av departementet; ingen får tilgang ved å logge inn alene.",
      },
      deactivated: {
        title: "Kontoen din er deaktivert",
        body: "Kontoen din i Dugnad er slått av, så du kan ikke logge inn.",
      },
      linkedElsewhere: {
        title: "Kontoen er koblet til en annen innlogging",
        body: "Kontoen i Dugnad med e-postadressen din er allerede koblet til en annen innlogging, så du ble ikke logget inn.",
      },
      noEmail: {
        title: "Dugnad fant ikke kontoen din",
        body: "Innloggingstjenesten oppgir ikke e-postadressen din, så Dugnad kan ikke finne kontoen din første gang du logger inn. Åpne invitasjonslenken du har fått, og logg inn derfra. Da kobles innloggingen til kontoen din.",
      },
      invitationInvalid: {
        title: "Invitasjonslenken virker ikke lenger",
        body: "Lenken er allerede brukt, har utløpt eller er erstattet av en nyere, så du ble ikke logget inn.",
      },
    },
    /** Auth.js's own errors (/logg-inn/feil?error=…). */
    errors: {
      AccessDenied: {
        title: "Innloggingen ble avvist",
        body: "Svaret fra innloggingstjenesten kunne ikke godtas, så du er ikke logget inn. Prøv å logge inn på nytt.",
      },
      Verification: {
        title: "Lenken virker ikke lenger",
        body: "Lenken er brukt eller har utløpt, så du er ikke logget inn.",
      },
      default: {
        title: "Innloggingen kunne ikke fullføres",
        body: "Noe gikk galt under innloggingen, så du er ikke logget inn. Prøv igjen om litt. Skjer det igjen, kan det være en feil i oppsettet av innloggingen.",
      },
    },
    /** Shown on the login page after an interrupted sign-in (/logg-inn?error=…). */
    interrupted: "Innloggingen ble avbrutt eller mislyktes. Prøv igjen.",
    invited: (email: string) =>
      `Du er invitert til Dugnad som ${email}. Logg inn, så kobles innloggingen din til denne kontoen. Er ikke dette deg, skal du ikke logge inn her.`,
    invitationInvalid:
      "Invitasjonslenken virker ikke lenger: den er brukt, har utløpt eller er erstattet av en nyere. Be administratoren for Dugnad i departementet ditt om en ny.",
  },
  planElements: {
    challenges: "Utfordringer og muligheter",
    measures: "Tiltak",
    goals: "Mål",
    goalLink: "Kobling til virksomhetens mål og tjenesteproduksjon",
    responsibilities: "Ansvarsfordeling",
    traineeAssessment: "Vurdering av traineeprogrammet",
  },
  planProblems: {
    noChallenge: "Beskriv minst én utfordring.",
    challengeWithoutOpportunity: "Hver utfordring må ha muligheter for å løse den.",
    noMeasure: "Legg inn minst ett tiltak.",
    measureWithoutOwnerOrDue: "Hvert tiltak må ha eier og frist.",
    noShortTermGoal: "Legg inn minst ett kortsiktig mål.",
    noLongTermGoal: "Legg inn minst ett langsiktig mål.",
    noGoalLink: "Beskriv koblingen til virksomhetens mål og tjenesteproduksjon.",
    noResponsibility: "Fyll inn minst én rad: hvem har ansvar for hva.",
    noTraineeDecision: "Velg om virksomheten vil bruke traineeprogrammet.",
    noTraineeReasoning: "Begrunn hvorfor virksomheten ikke vil bruke programmet nå.",
    noTraineePositions: "Skriv hvilke stillinger programmet er aktuelt for.",
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
  /** Where a revision of an approved plan stands (issue 13), by lib/domain/plan-revision's RevisionState. */
  planRevision: {
    none: "",
    draft: "Revisjon under arbeid",
    submitted: "Revisjon sendt inn",
    changesRequested: "Endringer etterspurt i revisjonen",
  },
  letterStatus: {
    DRAFT: "Utkast",
    SENT: "Sendt",
    READ: "Lest",
  },
  home: {
    title: "Hjem",
    intro: "Det du bør gjøre nå, det som haster mest først.",
    todo: "Å gjøre",
    nothing: "Ingenting å gjøre nå",
    nothingHelp: "Alt er gjort. Her er det du ellers kan gå til:",
    /** A link of the empty state (named apart from the menu's own link to the same page). */
    goTo: (label: string) => `Gå til ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    /** How far a deadline is: "om 12 dager", "i dag", "fristen gikk ut for 3 dager siden". */
    due: (due: Due) =>
      due.kind === "today" ? "fristen er i dag" : due.kind === "inDays" ? `om ${days(due.days)}` : `fristen gikk ut for ${days(due.days)} siden`,
    planDue: (deadline: Date, due: Due) =>
      due.kind === "overdue"
        ? `Handlingsplanen skulle vært sendt innen ${formatLongDate(deadline)} – ${nb.home.due(due)}`
        : `Handlingsplanen skal sendes innen ${formatLongDate(deadline)} – ${nb.home.due(due)}`,
    changesRequested: "Departementet ber om endringer i handlingsplanen",
    signoffRequested: "Handlingsplanen venter på din godkjenning før innsending",
    since: (date: Date) => `Siden ${formatShortDate(date)}`,
    figuresMissing: (year: number) => `Tallene for ${year} er ikke rapportert`,
    figuresMissingDetail: "Året er omme. Rapporter nytilsatte og hvor mange av dem som er i målgruppen.",
    followUpMissing: (count: number) => `${count === 1 ? "1 tiltak" : `${count} tiltak`} i sektorplanen mangler status fra dere`,
    followUpDetail: (title: string, date: Date, dueDate: boolean) => `${title} · ${dueDate ? "første frist" : "publisert"} ${formatShortDate(date)}`,
    awaitsReview: (agency: string) => `${agency}: handlingsplanen venter på gjennomgang`,
    submitted: (date: Date) => `Sendt inn ${formatShortDate(date)}`,
    overdue: (agency: string) => `${agency} har ikke sendt inn handlingsplanen`,
    overdueDetail: (deadline: Date, due: Due) => `Fristen var ${formatShortDate(deadline)} – ${nb.home.due(due)}`,
    agencyFiguresMissing: (agency: string, year: number) => `${agency} har ikke rapportert tall for ${year}`,
    invited: (name: string, email: string) => `${name} (${email}) har ikke logget inn ennå`,
    invitedOn: (date: Date) => `Invitert ${formatShortDate(date)}`,
    more: (n: number) => `… og ${n} til`,
    glance: "Sektoren i korte trekk",
    shareOfYear: (year: number) => `Andel nytilsatte i målgruppen i sektoren i ${year}`,
    goalLabel: "Målet",
    ownShare: (agency: string, year: number) => `Andel for ${agency} i ${year}`,
    noPlan: "ingen i siste runde",
    noFigures: "Ingen tall for et helt år ennå.",
    plansInRound: (round: string) => `Handlingsplaner i ${round}`,
    noRound: "Ingen runde er sendt ennå.",
    ownPlan: "Handlingsplanen i siste runde:",
    toDashboard: "Til dashbordet",
    changes: "Endringer siden forrige besøk",
    changesSince: (at: Date | null, when: (d: Date) => string) =>
      at ? `Hendelser i loggen siden du sist logget inn, ${when(at)}.` : "Du har ikke vært innlogget før: alt i loggen, gruppert etter hendelse.",
    noChanges: "Ingen endringer siden forrige besøk.",
    changeGroup: (label: string, count: number) => `${label}: ${count === 1 ? "1 hendelse" : `${count} hendelser`}`,
    toLog: "Hele loggen",
    invitedHeading: "Invitert, ikke logget inn ennå",
    toAdmin: "Til administrasjonen",
  },
  roles: {
    ADVISER: "Rådgiver",
    AGENCY_HR: "HR",
    LEADER: "Leder",
    AUDITOR: "Revisor",
    ADMIN: "Administrator",
  },
} as const;

export type PlanElementKey = keyof typeof nb.planElements;
