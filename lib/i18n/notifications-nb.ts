// The words of notifications and their e-mails (issue 12), in bokmål. No figures, ever: links only.
import { formatLongDate } from "@/lib/domain/format";
import type { NotificationKind, NotificationParams, RecipientReason } from "@/lib/domain/notifications";

const date = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`));

function days(n: number): string {
  const d = Math.abs(n);
  return d === 1 ? "1 dag" : `${d} dager`;
}

/** The one line that says what happened: the notification list's text and the e-mail's subject. */
export function notificationTitle(p: NotificationParams): string {
  switch (p.kind) {
    case "ROUND_SENT":
      return `Nytt brev fra departementet: ${p.letterTitle}`;
    case "PLAN_DEADLINE":
      return p.daysLeft > 0
        ? `Handlingsplanen skal sendes innen ${date(p.deadline)} – om ${days(p.daysLeft)}`
        : `Fristen for handlingsplanen gikk ut ${date(p.deadline)} – den er ikke sendt inn`;
    case "PLAN_SUBMITTED":
      if (p.revision) return `${p.agencyName} har sendt inn en revidert handlingsplan (versjon ${p.versionNumber})`;
      return p.versionNumber > 1
        ? `${p.agencyName} har sendt inn en ny versjon (${p.versionNumber}) av handlingsplanen`
        : `${p.agencyName} har sendt inn handlingsplanen`;
    case "PLAN_REVIEWED":
      if (p.revision) return p.outcome === "APPROVED" ? "Departementet har godkjent den reviderte handlingsplanen" : "Departementet ber om endringer i den reviderte handlingsplanen";
      return p.outcome === "APPROVED" ? "Departementet har godkjent handlingsplanen" : "Departementet ber om endringer i handlingsplanen";
    case "PLAN_SIGNOFF":
      return SIGNOFF_TITLE[p.outcome];
    case "FIGURES_DUE":
      return p.daysLeft >= 0
        ? `Tallene for nytilsatte i ${p.year} skal rapporteres innen ${date(p.dueOn)}`
        : `Tallene for nytilsatte i ${p.year} er ikke rapportert – fristen var ${date(p.dueOn)}`;
    case "SECTOR_PLAN_PUBLISHED":
      return p.versionNumber > 1 ? `Ny versjon (${p.versionNumber}) av sektorens handlingsplan: ${p.title}` : `Sektorens handlingsplan er publisert: ${p.title}`;
    case "OVERDUE_OVERVIEW":
      return p.agencies.length === 1 ? "1 virksomhet har ikke sendt inn handlingsplanen innen fristen" : `${p.agencies.length} virksomheter har ikke sendt inn handlingsplanen innen fristen`;
  }
}

/** The body's paragraphs, before the link. */
export function notificationBody(p: NotificationParams): string[] {
  switch (p.kind) {
    case "ROUND_SENT":
      return [`Departementet har sendt ${p.agencyName} et tillegg til tildelingsbrevet.`, `Handlingsplanen skal sendes inn innen ${date(p.deadline)}.`];
    case "PLAN_DEADLINE":
      return [
        `Runden «${p.roundTitle}» ber ${p.agencyName} sende inn handlingsplanen innen ${date(p.deadline)}.`,
        p.daysLeft > 0 ? `Det er ${days(p.daysLeft)} igjen.` : `Fristen gikk ut for ${days(p.daysLeft)} siden.`,
      ];
    case "PLAN_SUBMITTED":
      return p.revision
        ? [
            `${p.agencyName} har revidert den godkjente handlingsplanen i runden «${p.roundTitle}» og sendt inn revisjonen. Den venter på gjennomgang.`,
            "Den godkjente versjonen gjelder til revisjonen er godkjent.",
          ]
        : [`${p.agencyName} har sendt inn handlingsplanen i runden «${p.roundTitle}». Den venter på gjennomgang.`];
    case "PLAN_REVIEWED":
      return [
        p.outcome === "APPROVED"
          ? `Departementet har godkjent ${p.revision ? "den reviderte handlingsplanen" : "handlingsplanen"} til ${p.agencyName} i runden «${p.roundTitle}».${p.revision ? " Den reviderte versjonen gjelder nå." : ""}`
          : `Departementet ber ${p.agencyName} endre ${p.revision ? "den reviderte handlingsplanen" : "handlingsplanen"} i runden «${p.roundTitle}» og sende den inn på nytt.${p.revision ? " Den godkjente versjonen gjelder fortsatt." : ""}`,
        ...(p.message ? [`Melding fra departementet: ${p.message}`] : []),
      ];
    case "PLAN_SIGNOFF":
      return [
        p.outcome === "REQUESTED"
          ? `HR i ${p.agencyName} ber deg godkjenne handlingsplanen i runden «${p.roundTitle}» før den sendes inn. Runden krever at leder godkjenner planen.`
          : p.outcome === "APPROVED"
            ? `Lederen i ${p.agencyName} har godkjent handlingsplanen i runden «${p.roundTitle}». Du kan nå sende den inn.`
            : `Lederen i ${p.agencyName} har sendt handlingsplanen i runden «${p.roundTitle}» tilbake. Endre planen og send den til leder for godkjenning på nytt.`,
        ...(p.message ? [`Melding fra lederen: ${p.message}`] : []),
      ];
    case "FIGURES_DUE":
      return [`${p.agencyName} har ikke rapportert nytilsatte for ${p.year}. Departementet ber om tallene innen ${date(p.dueOn)}.`];
    case "SECTOR_PLAN_PUBLISHED":
      return [`Departementet har publisert ${p.versionNumber > 1 ? `versjon ${p.versionNumber} av ` : ""}«${p.title}». ${p.agencyName} følger opp tiltakene i planen.`];
    case "OVERDUE_OVERVIEW":
      return [
        `Oversikt ${date(p.date)}: disse har ikke sendt inn handlingsplanen innen fristen.`,
        ...p.agencies.map((a) => `${a.name} – «${a.roundTitle}», frist ${date(a.deadline)}`),
      ];
  }
}

export const linkLabel: Record<NotificationKind, string> = {
  ROUND_SENT: "Les brevet",
  PLAN_DEADLINE: "Åpne handlingsplanen",
  PLAN_SUBMITTED: "Les planen",
  PLAN_REVIEWED: "Åpne handlingsplanen",
  FIGURES_DUE: "Rapporter tallene",
  SECTOR_PLAN_PUBLISHED: "Les sektorens handlingsplan",
  OVERDUE_OVERVIEW: "Se runden",
  PLAN_SIGNOFF: "Åpne handlingsplanen",
};

const SIGNOFF_TITLE = {
  REQUESTED: "Handlingsplanen venter på din godkjenning",
  APPROVED: "Lederen har godkjent handlingsplanen for innsending",
  RETURNED: "Lederen har sendt handlingsplanen tilbake",
} as const;

const reasons: Record<RecipientReason, (organisation: string) => string> = {
  agencyHr: (o) => `Du får denne e-posten fordi du er HR-ansvarlig for ${o} i Dugnad.`,
  agencyLeader: (o) => `Du får denne e-posten fordi du er leder for ${o} i Dugnad.`,
  adviser: (o) => `Du får denne e-posten fordi du er rådgiver i ${o} i Dugnad.`,
};

export const mailTexts = {
  reason: (reason: RecipientReason, organisation: string) => reasons[reason](organisation),
  required: "Meldingen kan ikke slås av: runden krever den.",
  change: "Du kan velge hvilke e-poster du får, og om de kommer straks eller samlet én gang om dagen:",
  settingsLabel: "Innstillinger for varsler",
  greeting: (name: string) => `Hei, ${name}.`,
  digestSubject: (n: number) => (n === 1 ? "Dagens varsel fra Dugnad" : `Dagens ${n} varsler fra Dugnad`),
  digestIntro: "Dette har skjedd i Dugnad siden sist, samlet i én e-post slik du har valgt:",
  digestReason: "Du får dette sammendraget fordi du har valgt daglig sammendrag for noen varsler i Dugnad.",
  signature: "Dugnad – inkluderingsdugnaden",
  noFigures: "Tall sendes aldri på e-post. Logg inn for å se dem.",
};

export const kindLabels: Record<NotificationKind, string> = {
  ROUND_SENT: "Nye brev fra departementet",
  PLAN_DEADLINE: "Påminnelser om fristen for handlingsplanen",
  PLAN_SUBMITTED: "Handlingsplaner som er sendt inn",
  PLAN_REVIEWED: "Departementets svar på handlingsplanen",
  FIGURES_DUE: "Påminnelser om å rapportere tall",
  SECTOR_PLAN_PUBLISHED: "Sektorens handlingsplan publisert",
  OVERDUE_OVERVIEW: "Daglig oversikt over virksomheter som er på etterskudd",
  PLAN_SIGNOFF: "Leders godkjenning av handlingsplanen før innsending",
};

export const modeLabels = { IMMEDIATE: "Straks", DAILY: "Daglig sammendrag", OFF: "Av" } as const;
