// Norwegian (bokmål) texts for the hand-off to the archive (Noark 5 arkivmelding, issue 14).

export const archiveText = {
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
  /** The folder (saksmappe) of a round, and the titles of what goes to the archive. */
  planRecordTitle: (agencyName: string, number: number) => `Handlingsplan for inkluderingsdugnaden – ${agencyName} – versjon ${number}`,
  planFileName: (shortName: string, year: number, number: number) => `Handlingsplan ${shortName} ${year} versjon ${number}.pdf`,
  packageFileName: (name: string) => `Arkivmelding ${name}.zip`,
  documentType: { letter: "Brev", plan: "Handlingsplan" },
} as const;
