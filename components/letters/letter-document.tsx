import { Fragment } from "react";
import type { LetterDocumentData } from "@/lib/documents/letter-data";
import {
  CLOSING,
  COPY_LABEL,
  ELECTRONIC_SIGNATURE_NOTE,
  footerColumns,
  inlineRuns,
  parseLetterBody,
  referenceColumns,
  signatureName,
} from "@/lib/documents/letter-text";
import { letterDocumentNb } from "@/lib/i18n/letters";

function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineRuns(text).map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : <Fragment key={i}>{run.text}</Fragment>))}
    </>
  );
}

/**
 * A letter in the ministry's layout, as the PDF and DOCX have it (same content helpers); the
 * print stylesheet makes it an A4 letter. The letter is an official document in Norwegian whatever
 * the interface's language, so it says so (`lang="nb"`, WCAG 3.1.2) for an English page.
 */
export function LetterDocument({ data }: { data: LetterDocumentData }) {
  return (
    <article lang="nb" className="letter mx-auto max-w-[210mm] bg-white px-[20mm] py-[15mm] text-[11pt] leading-snug text-black shadow-sm" aria-labelledby="brevtittel">
      <p className="mb-10 text-center text-sm font-semibold tracking-wide">{data.ministry.letterhead}</p>
      <div className="mb-10 flex flex-wrap items-end justify-between gap-8">
        <address className="not-italic">
          {data.recipient.name}
          {data.recipient.postalAddress.map((line) => (
            <Fragment key={line}>
              <br />
              {line}
            </Fragment>
          ))}
        </address>
        <table className="text-sm">
          <caption className="sr-only">{letterDocumentNb.referencesCaption}</caption>
          <thead>
            <tr>
              {referenceColumns(data).map((c) => (
                <th key={c.label} scope="col" className="pr-8 text-left font-normal text-gray-700">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {referenceColumns(data).map((c) => (
                <td key={c.label} className="pr-8">
                  {c.value}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h1 id="brevtittel" className="mb-6 text-[13pt] font-bold">
        {data.title}
      </h1>
      {parseLetterBody(data.body).map((block, i) => {
        if (block.kind === "heading") {
          return (
            <h2 key={i} className="mb-3 mt-6 font-bold">
              {block.text}
            </h2>
          );
        }
        if (block.kind === "list") {
          return (
            <ul key={i} className="mb-4 list-disc pl-6">
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inline text={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i} className="mb-4">
            <Inline text={block.text} />
          </p>
        );
      })}
      <p className="mb-6 mt-8">{CLOSING}</p>
      <div className="mb-6 flex flex-wrap gap-16">
        {data.signatories.map((s) => (
          <p key={s.name}>
            {signatureName(s)}
            <br />
            {s.title}
          </p>
        ))}
      </div>
      <p className="mb-6 text-sm">{ELECTRONIC_SIGNATURE_NOTE}</p>
      {data.copyTo.length > 0 && (
        <div className="mb-8">
          <p className="font-semibold">{COPY_LABEL}</p>
          {data.copyTo.map((c) => (
            <p key={c}>{c}</p>
          ))}
        </div>
      )}
      <footer className="grid grid-cols-2 gap-4 border-t border-gray-400 pt-3 text-[8pt] sm:grid-cols-5">
        {footerColumns(data).map((column, i) => (
          <p key={i}>
            {column.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {line.label ? <span className="font-semibold">{line.text}</span> : line.text}
              </Fragment>
            ))}
          </p>
        ))}
      </footer>
    </article>
  );
}
