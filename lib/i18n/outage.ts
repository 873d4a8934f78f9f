// What a person reads while the database is unavailable (issue 15, "Faults"): the 503 page the
// server answers in front of Next (lib/ops/database-watch.ts), the API's problem details, and the
// forms' and the plan editor's message when a server action cannot reach the service.
import { defineTexts } from "@/lib/i18n/messages";

export const outageTexts = defineTexts(
  {
    title: "Tjenesten er midlertidig utilgjengelig – Dugnad",
    heading: "Tjenesten er midlertidig utilgjengelig",
    body: "Dugnad får ikke kontakt med databasen akkurat nå. Ingenting du har lagret er tapt. Vent litt og last inn siden på nytt.",
    retryHint: "Det tar vanligvis bare noen sekunder før tjenesten er tilbake.",
    reload: "Last inn siden på nytt",
    problemDetail: "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.",
    action: "Tjenesten er midlertidig utilgjengelig, så det du sendte ble ikke lagret. Det du skrev står fortsatt i skjemaet. Prøv igjen om litt.",
  },
  {
    title: "The service is temporarily unavailable – Dugnad",
    heading: "The service is temporarily unavailable",
    body: "Dugnad cannot reach its database right now. Nothing you have saved is lost. Please wait a moment and reload the page.",
    retryHint: "It usually takes only a few seconds before the service is back.",
    reload: "Reload the page",
    problemDetail: "The service is temporarily unavailable. Please try again shortly.",
    action: "The service is temporarily unavailable, so what you sent was not saved. What you typed is still in the form. Please try again shortly.",
  },
);
