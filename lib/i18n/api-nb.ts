// Norwegian (bokmål) texts for the API's tokens (issue 14): the token page and its messages.
import type { TokenScope } from "@/lib/access/grants";

export const apiText = {
  title: "API-tokener",
  intro:
    "Med et API-token kan et annet system, for eksempel virksomhetens HR-system, lese og skrive i Dugnad på dine vegne gjennom API-et. Tokenet kan aldri gjøre mer enn du selv kan, og bare det tilgangene under gir det.",
  docsLink: "Les dokumentasjonen av API-et",
  profileLink: "Administrer API-tokenene dine",
  profileSection: "API-tokener",
  profileIntro: "La et annet system hente og sende tall på dine vegne.",
  noScopes: "Rollen din kan ikke lage API-tokener.",
  create: {
    heading: "Nytt token",
    name: "Navn",
    nameHelp: "Hvilket system tokenet er til, for eksempel «HR-systemet».",
    scopes: "Tilganger",
    expiresOn: "Gyldig til og med",
    expiresHelp: (max: string) => `Høyst ett år, til og med ${max}.`,
    submit: "Lag token",
  },
  created: {
    heading: "Tokenet er laget",
    body: "Kopier tokenet nå og lagre det trygt i systemet som skal bruke det. Det vises bare denne ene gangen.",
    label: "Token",
  },
  list: {
    heading: "Dine tokener",
    caption: "Dine API-tokener",
    empty: "Du har ingen API-tokener.",
    name: "Navn",
    scopes: "Tilganger",
    created: "Laget",
    expires: "Utløper",
    lastUsed: "Sist brukt",
    status: "Status",
    actions: "Handlinger",
    never: "Aldri",
    revoke: "Trekk tilbake",
    revokeLabel: (name: string) => `Trekk tilbake tokenet ${name}`,
    revoked: (name: string) => `Tokenet ${name} er trukket tilbake.`,
  },
  statuses: { active: "Aktivt", expired: "Utløpt", revoked: "Trukket tilbake" },
  scopes: {
    "figures:read": "Lese virksomhetens tall for nyansettelser",
    "figures:write": "Rapportere og endre virksomhetens tall for nyansettelser",
    "plans:read": "Lese virksomhetens handlingsplaner",
    "sector:read": "Lese sektorens runder, brev, planer, tall og sektorplan",
  } satisfies Record<TokenScope, string>,
  errors: {
    nameRequired: "Gi tokenet et navn.",
    nameTooLong: "Navnet kan være høyst 100 tegn.",
    scopeRequired: "Velg minst én tilgang.",
    scopeNotAllowed: "Rollen din kan ikke gi denne tilgangen.",
    dateRequired: "Skriv en dato.",
    expiryInPast: "Datoen må være etter i dag.",
    expiryTooLate: "Et token kan vare høyst ett år.",
  },
};
