import { Fragment } from "react";
import { inlineRuns, parseLetterBody } from "@/lib/domain/letter";
import { formatLongDate } from "@/lib/domain/format";

export interface LetterDocumentProps {
  ministryName: string;
  ministryPostalAddress: string;
  ministryOrgNumber: string;
  agencyName: string;
  agencyPostalAddress: string;
  yourRef: string | null;
  ourRef: string;
  date: Date;
  title: string;
  body: string;
}

function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineRuns(text).map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : <Fragment key={i}>{run.text}</Fragment>))}
    </>
  );
}

function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split("\n").map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

/** A letter in the ministry's layout (a simple HTML rendering; printable). */
export function LetterDocument(p: LetterDocumentProps) {
  return (
    <article className="mx-auto max-w-3xl bg-white p-8 shadow-sm print:shadow-none" aria-labelledby="brevtittel">
      <p className="mb-8 text-sm font-semibold uppercase tracking-wide">Det kongelige {p.ministryName.toLowerCase()}</p>
      <div className="mb-8 flex flex-wrap justify-between gap-8">
        <address className="not-italic">
          {p.agencyName}
          <br />
          <Lines text={p.agencyPostalAddress} />
        </address>
        <dl className="grid grid-cols-3 gap-x-6 text-sm">
          <dt className="font-semibold">Deres ref</dt>
          <dt className="font-semibold">Vår ref</dt>
          <dt className="font-semibold">Dato</dt>
          <dd>{p.yourRef ?? ""}</dd>
          <dd>{p.ourRef}</dd>
          <dd>{formatLongDate(p.date)}</dd>
        </dl>
      </div>
      <h1 id="brevtittel" className="mb-6 text-xl font-semibold">
        {p.title}
      </h1>
      {parseLetterBody(p.body).map((block, i) => {
        if (block.kind === "heading") {
          return (
            <h2 key={i} className="mb-2 mt-6 text-lg font-semibold">
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
      <footer className="mt-10 border-t pt-4 text-sm">
        <p>
          {p.ministryName} · <Lines text={p.ministryPostalAddress} /> · Org.nr. {p.ministryOrgNumber}
        </p>
        <p className="mt-2">Kopi: Riksrevisjonen</p>
      </footer>
    </article>
  );
}
