// A scan's text as OCR damages it, for the letter import tests (unit, integration and e2e).

/**
 * Damages a text the way OCR does, deterministically: æ, ø and å (and capitals) read as other
 * characters in turn; every other "m" read as "rn" and "rn" as "m"; "l" read as "1" in some words;
 * O for 0 in a year; stray spaces in references; long lines broken, some inside a word with a hyphen.
 */
export function ocrDamage(text: string): string {
  const misreadings: Record<string, string[]> = {
    ø: ["o", "0", "ö"], å: ["a", "ä", "aa"], æ: ["ae", "a", "œ"], Ø: ["O", "0", "Ö"], Å: ["A", "Ä", "AA"], Æ: ["AE", "A", "Œ"],
  };
  let n = 0;
  let out = text.replace(/[æøåÆØÅ]/g, (c) => misreadings[c]![n++ % 3]!);
  let k = 0;
  out = out.replace(/rn|m/g, (s) => (k++ % 2 === 0 ? (s === "m" ? "rn" : "m") : s));
  out = out.replace(/([Tt])ildelingsbrev/g, "$1i1delingsbrev").replace(/hilsen/g, "hi1sen").replace(/Dato\n/g, "Dat0\n");
  out = out.replace(/(\d{2})\/(\d+)-(\d+)/g, "$1 / $2- $3").replace(/(\d{1,2}\. \p{L}+) 2020\n/gu, "$1 2O20\n");
  let breaks = 0;
  return out
    .split("\n")
    .flatMap((line) => {
      const pieces: string[] = [];
      let rest = line;
      while (rest.length > 60) {
        const cut = rest.lastIndexOf(" ", 60);
        if (cut <= 0) break;
        const word = rest.slice(cut + 1).split(" ")[0] ?? "";
        // Every third break falls inside a long word, hyphenated.
        if (++breaks % 3 === 0 && /^\p{Ll}{8,}$/u.test(word)) {
          pieces.push(`${rest.slice(0, cut + 1 + 4)}-`);
          rest = rest.slice(cut + 1 + 4);
        } else {
          pieces.push(rest.slice(0, cut));
          rest = rest.slice(cut + 1);
        }
      }
      return [...pieces, rest];
    })
    .join("\n");
}
