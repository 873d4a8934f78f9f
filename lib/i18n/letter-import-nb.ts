// The words of the letter import (/runder/importer): the recogniser's notes and the errors.
import type { ImportField, ImportNote } from "@/lib/domain/letter-import";

export const letterImportText = {
  notes: {
    corrected: "Teksten var skadet. Vi har foreslått riktig skrivemåte – kontroller.",
    repaired: "Noen tegn var feillest (for eksempel O for 0) og er rettet – kontroller.",
    missing: "Fant ikke dette i teksten. Fyll inn.",
    damaged: "Teksten ser ut til å være skannet med feillesninger (for eksempel æ, ø og å). Rett teksten før du lagrer.",
  } satisfies Record<ImportNote, string>,
  fieldNames: {
    agency: "Virksomhet", ourRef: "Vår ref", yourRef: "Deres ref", date: "Dato", title: "Tittel", number: "Brevnummer",
    deadline: "Frist", signatories: "Signatarer", body: "Brevtekst", department: "Avdeling", caseworker: "Saksbehandler",
  } satisfies Record<ImportField, string>,
  errors: {
    chooseAgency: "Velg virksomheten brevet ble sendt til.",
    chooseRound: "Velg runden brevet hører til.",
    roundTitle: "Skriv tittelen på runden.",
    roundYear: (year: number) => `Runden gjelder et annet år. Velg en runde for ${year}, eller opprett en ny.`,
    roundNotFound: "Fant ikke runden. Velg en annen.",
    noText: "Last opp en PDF eller lim inn teksten fra brevet.",
    notPdf: "Filen er ikke en PDF. Last opp brevet som PDF, eller lim inn teksten.",
    tooLarge: "Filen er for stor (høyst 2 MB).",
    unreadablePdf: "Klarte ikke å lese teksten i PDF-en. Er den skannet uten tekst? Lim inn teksten fra skanningen i stedet.",
    ourRefTaken: "Departementet har allerede et brev med denne Vår ref. Kontroller referansen.",
  },
} as const;
