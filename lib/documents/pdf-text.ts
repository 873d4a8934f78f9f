// The text of a PDF with its line structure, for recognising an imported letter
// (lib/domain/letter-import.ts). Server-side only: pdfjs-dist's legacy build runs under Node 20
// without a worker thread; Next loads it unbundled ("pdfjs-dist" in serverExternalPackages), so its
// own dynamic import of the worker module resolves in node_modules.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A PDF starts with "%PDF-" (checked by content, not by file name). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.slice(0, 5)) === "%PDF-";
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * The text, a line per printed line, in the order the PDF draws it. A jump back up the page or
 * across a wide gap (the next column: "Deres ref", "Vår ref", "Dato" side by side) starts a new
 * line; a vertical gap wider than a line and a half leaves a blank line (a new paragraph).
 * Pages follow each other without a blank line: a paragraph may go on over the page break.
 */
export async function pdfTextLines(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, stopAtErrors: false }).promise;
  const out: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      let line = "";
      let last: Run | null = null;
      let lineStartY: number | null = null;
      let lineSize = 0;
      const flush = () => {
        if (line.trim()) out.push(line.trim());
        line = "";
      };
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [, , , d, x, y] = item.transform as number[];
        const run: Run = { str: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) || 10 };
        if (last) {
          const sameLine = Math.abs(run.y - last.y) <= run.size * 0.3;
          const gap = run.x - (last.x + last.width);
          if (sameLine && gap < run.size * 2 && gap > -run.size) {
            line += gap > run.size * 0.15 && !line.endsWith(" ") && !run.str.startsWith(" ") ? ` ${run.str}` : run.str;
            last = run;
            continue;
          }
          flush();
          // Going down the page by more than a line and a half: a new paragraph.
          if (lineStartY !== null && last.y - run.y > Math.max(lineSize, run.size) * 1.55) out.push("");
        }
        line = run.str;
        last = run;
        lineStartY = run.y;
        lineSize = run.size;
      }
      flush();
    }
  } finally {
    await pdf.destroy();
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
