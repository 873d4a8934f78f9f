// The hand-off to the archive (Noark 5 arkivmelding, issue 14): the page's texts in both languages,
// and the titles and file names that go into the archive, which stay Norwegian.
import { defineTexts } from "@/lib/i18n/messages";

const archiveUiNb = {
  roundButton: "Last ned til arkivet (Noark 5)",
  roundHelp: "En ZIP-fil med arkivmelding.xml og PDF av hvert brev som er sendt og hver planversjon som er mottatt i runden, klar til å journalføres i sak- og arkivsystemet.",
  period: {
    heading: "Til arkivet (Noark 5)",
    help: "Last ned brev sendt og planer mottatt i en periode, i alle runder, som arkivmelding for sak- og arkivsystemet.",
    from: "Fra og med",
    to: "Til og med",
    submit: "Last ned arkivmelding",
  },
  errors: {
    dateFormat: (label: string) => `${label}: skriv en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2020-11-01.`,
    order: "Til-datoen kan ikke være før fra-datoen.",
    tooLong: "Perioden kan være høyst ett år. Last ned ett år om gangen.",
    nothing: "Ingen brev er sendt og ingen planer er mottatt i perioden.",
  },
};

export const archiveTexts = defineTexts(archiveUiNb, {
  roundButton: "Download for the archive (Noark 5)",
  roundHelp:
    "A ZIP file with arkivmelding.xml and a PDF of every letter sent and every plan version received in the round, ready to be registered in the case and records system.",
  period: {
    heading: "For the archive (Noark 5)",
    help: "Download the letters sent and plans received in a period, in all rounds, as an arkivmelding for the case and records system.",
    from: "From and including",
    to: "To and including",
    submit: "Download arkivmelding",
  },
  errors: {
    dateFormat: (label: string) => `${label}: enter a date as YYYY-MM-DD, for example 2020-11-01.`,
    order: "The to date cannot be before the from date.",
    tooLong: "The period can be at most one year. Download one year at a time.",
    nothing: "No letters were sent and no plans received in the period.",
  },
});

/** What goes into the archive: Norwegian, whatever the reader's language. */
export const archiveText = {
  ...archiveUiNb,
  /** The folder (saksmappe) of a round, and the titles of what goes to the archive. */
  planRecordTitle: (agencyName: string, number: number) => `Handlingsplan for inkluderingsdugnaden – ${agencyName} – versjon ${number}`,
  planFileName: (shortName: string, year: number, number: number) => `Handlingsplan ${shortName} ${year} versjon ${number}.pdf`,
  packageFileName: (name: string) => `Arkivmelding ${name}.zip`,
  documentType: { letter: "Brev", plan: "Handlingsplan" },
} as const;
