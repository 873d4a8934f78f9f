// The frame around every page (issue 14): the header, the menu, the skip link, the footer, the
// error and not-found pages, and the small shared UI pieces of components/ui.
import { defineTexts } from "@/lib/i18n/messages";

export const shellTexts = defineTexts(
  {
    description: "Oppfølging av inkluderingsdugnaden i departementssektoren",
    skipLink: "Hopp til hovedinnhold",
    mainMenu: "Hovedmeny",
    profileLink: (name: string) => `Min profil: ${name}`,
    signOut: "Logg ut",
    notifications: "Varsler",
    unread: (n: number) => (n === 0 ? "(ingen uleste)" : `(${n} uleste)`),
    accessibilityStatement: "Tilgjengelighetserklæring",
    publicFigures: "Offentlige tall",
    /** The menu (components/layout/nav-items.ts). */
    nav: {
      home: "Hjem",
      rounds: "Tillegg og planer",
      inbox: "Brev og handlingsplan",
      hires: "Nytilsettinger",
      dashboard: "Dashbord",
      sectorPlan: "Sektorplan",
      followUp: "Oppfølging av sektorplanen",
      meetings: "Etatsstyringsmøter",
      users: "Brukere",
      organisations: "Virksomheter",
      mail: "E-post",
      auditLog: "Logg",
    },
    error: {
      title: "Siden kunne ikke vises",
      body: "Dugnad får ikke kontakt med databasen eller en annen del av tjenesten akkurat nå. Ingen data er tapt. Prøv igjen om litt.",
      retry: "Prøv igjen",
    },
    notFound: {
      title: "Fant ikke siden",
      body: "Siden finnes ikke, eller du har ikke tilgang til den.",
      home: "Til forsiden",
    },
    /** components/ui. */
    saved: "Lagret.",
    stale: {
      same: "Det som er lagret, er det samme som du har skrevet.",
      caption: "Forskjeller mellom det som er lagret og det du har skrevet",
      field: "Felt",
      savedNow: "Lagret nå",
      mine: "Ditt",
      useSaved: "Bruk det som er lagret",
      keepMine: "Behold mitt og lagre på nytt",
    },
  },
  {
    description: "Following up the inclusion drive in the ministries' sectors",
    skipLink: "Skip to main content",
    mainMenu: "Main menu",
    profileLink: (name: string) => `My profile: ${name}`,
    signOut: "Sign out",
    notifications: "Notifications",
    unread: (n: number) => (n === 0 ? "(none unread)" : `(${n} unread)`),
    accessibilityStatement: "Accessibility statement",
    publicFigures: "Public figures",
    nav: {
      home: "Home",
      rounds: "Letters and plans",
      inbox: "Letters and action plan",
      hires: "New hires",
      dashboard: "Dashboard",
      sectorPlan: "Sector action plan",
      followUp: "Sector action plan follow-up",
      meetings: "Governance meetings",
      users: "Users",
      organisations: "Organisations",
      mail: "E-mail",
      auditLog: "Log",
    },
    error: {
      title: "The page could not be shown",
      body: "Dugnad cannot reach the database or another part of the service right now. No data has been lost. Please try again shortly.",
      retry: "Try again",
    },
    notFound: {
      title: "Page not found",
      body: "The page does not exist, or you do not have access to it.",
      home: "To the front page",
    },
    saved: "Saved.",
    stale: {
      same: "What is saved is the same as what you have written.",
      caption: "Differences between what is saved and what you have written",
      field: "Field",
      savedNow: "Saved now",
      mine: "Yours",
      useSaved: "Use what is saved",
      keepMine: "Keep mine and save again",
    },
  },
);

/**
 * The last-resort error page (app/global-error.tsx) has no request to ask for a language, so it
 * says it in both; the English part is marked as such.
 */
export const globalErrorTexts = defineTexts(
  {
    title: "Dugnad er midlertidig utilgjengelig",
    body: "Tjenesten får ikke kontakt med databasen akkurat nå. Ingen data er tapt. Prøv igjen om litt.",
    retry: "Prøv igjen",
  },
  {
    title: "Dugnad is temporarily unavailable",
    body: "The service cannot reach the database right now. No data has been lost. Please try again shortly.",
    retry: "Try again",
  },
);
