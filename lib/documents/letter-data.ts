/** Everything a letter document (PDF or DOCX) shows; both renderers take this one type. */
export interface LetterDocumentData {
  ministry: {
    /** "DET KONGELIGE KOMMUNAL- OG MODERNISERINGSDEPARTEMENT" */
    letterhead: string;
    name: string;
    postalAddress: string[];
    email: string;
    officeAddress: string;
    website: string;
    phone: string;
    /** As printed: "972 417 858" */
    orgNumber: string;
  };
  recipient: { name: string; postalAddress: string[] };
  yourRef: string | null;
  ourRef: string;
  /** The letter's date, a calendar date stored as UTC midnight. */
  date: Date;
  title: string;
  /** The body in the format of lib/domain/letter.ts (headings, "- " lists, **bold**). */
  body: string;
  signatories: { name: string; title: string; byAuthority: boolean }[];
  /** The ministry's department that sends the letter ("Avdeling" in the footer). */
  department: string;
  caseworker: { name: string; phone: string };
  copyTo: string[];
}
