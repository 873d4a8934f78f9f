import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import type { ChapterBlock } from "@/lib/domain/annual-report";

/** Blocks of the chapter IV text as the page shows them (the DOCX renders the same blocks). */
export function ChapterBlocks({ blocks, headingLevel = 3 }: { blocks: readonly ChapterBlock[]; headingLevel?: 2 | 3 }) {
  return (
    <div className="flex max-w-3xl flex-col gap-3">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "title":
          case "subtitle":
          case "heading":
            return (
              <Heading key={i} level={headingLevel} data-size="xs">
                {b.text}
              </Heading>
            );
          case "paragraph":
            return <Paragraph key={i}>{b.text}</Paragraph>;
          case "list":
            return (
              <ul key={i} className="list-disc pl-6">
                {b.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case "table":
            return (
              <Table key={i} data-size="sm">
                <caption className="text-left">{b.caption}</caption>
                <TableHead>
                  <TableRow>
                    {b.head.map((h, j) => (
                      <TableHeaderCell key={h} scope="col" className={j > 0 ? "text-right" : undefined}>
                        {h}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {b.rows.map((r) => (
                    <TableRow key={r.label} className={r.total ? "font-bold" : undefined}>
                      <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                      <TableCell className="text-right">{r.hires}</TableCell>
                      <TableCell className="text-right">{r.target}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            );
        }
      })}
    </div>
  );
}
