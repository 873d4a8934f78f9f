// Attachments on plans and letters (components/attachments): the list and the upload form. The
// refusals the server gives are the shared dictionary's (lib/i18n/nb.ts attachments).
import { defineTexts } from "@/lib/i18n/messages";

export const attachmentTexts = defineTexts(
  {
    none: "Ingen vedlegg.",
    /** "PDF, 34 kB, lastet opp 2.12.2026 kl. 20.30" (the kind and size first). */
    details: (kind: string, size: string, original: boolean, uploaded: string) =>
      `${kind}, ${size}, ${original ? "originalen planen er importert fra, " : ""}lastet opp ${uploaded}`,
    word: "Word",
    /** Decimal comma. */
    decimalSeparator: ",",
    delete: "Slett",
    deleting: "Sletter …",
    confirmDelete: (name: string) => `Slette vedlegget «${name}»?`,
    uploadLabel: "Legg til vedlegg (PDF eller Word)",
    hint: (maxMb: number) => `Høyst ${maxMb} MB. Filtypen sjekkes ut fra innholdet, ikke filnavnet.`,
    chooseFile: "Velg en fil.",
    tooLarge: (maxMb: number) => `Filen er for stor. Vedlegg kan være høyst ${maxMb} MB.`,
    failed: "Noe gikk galt. Prøv igjen.",
    added: "Lagt til.",
    uploading: "Laster opp …",
    upload: "Last opp",
  },
  {
    none: "No attachments.",
    details: (kind: string, size: string, original: boolean, uploaded: string) =>
      `${kind}, ${size}, ${original ? "the original the plan was imported from, " : ""}uploaded ${uploaded}`,
    word: "Word",
    decimalSeparator: ".",
    delete: "Delete",
    deleting: "Deleting …",
    confirmDelete: (name: string) => `Delete the attachment «${name}»?`,
    uploadLabel: "Add an attachment (PDF or Word)",
    hint: (maxMb: number) => `At most ${maxMb} MB. The file type is checked from its content, not its name.`,
    chooseFile: "Choose a file.",
    tooLarge: (maxMb: number) => `The file is too large. Attachments can be at most ${maxMb} MB.`,
    failed: "Something went wrong. Try again.",
    added: "Added.",
    uploading: "Uploading …",
    upload: "Upload",
  },
);
