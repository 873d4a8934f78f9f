/**
 * Arimo's WOFF has no glyph for the no-break space (U+00A0: formatShare puts one before "%", and
 * text pasted from Word has them), and pdfkit then fails with a RangeError. A plain space prints
 * the same, so every string a document measures or writes goes through `pdfSafe`.
 */
export const pdfSafe = (text: string) => text.replace(/\u00a0/g, " ");

type Doc = PDFKit.PDFDocument;

/** Makes `text`, `heightOfString` and `widthOfString` of one document take any string safely. */
export function withSafeSpaces(doc: Doc): Doc {
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc;
  const height = doc.heightOfString.bind(doc) as (...args: unknown[]) => number;
  const width = doc.widthOfString.bind(doc) as (...args: unknown[]) => number;
  const safe = (args: unknown[]) => args.map((a) => (typeof a === "string" ? pdfSafe(a) : a));
  Object.assign(doc, {
    text: (...args: unknown[]) => text(...safe(args)),
    heightOfString: (...args: unknown[]) => height(...safe(args)),
    widthOfString: (...args: unknown[]) => width(...safe(args)),
  });
  return doc;
}
