// Every dictionary in lib/i18n has the same keys in bokmål and English (issue 14). The type checker
// already refuses a missing key; this finds what slips past it (a cast, a spread, an empty text,
// Norwegian left standing in the English texts) and lists each by its path.
import { describe, expect, it } from "vitest";
import { LOCALES, negotiateLocale } from "@/lib/i18n/locale";

// Every module of lib/i18n except the server-side ones (request-bound, not dictionaries).
const modules = import.meta.glob<Record<string, unknown>>(["/lib/i18n/*.ts", "!/lib/i18n/server.ts", "!/lib/i18n/choose-locale.ts"], {
  eager: true,
});

type Found = { name: string; nb: unknown; en: unknown };
function dictionaries(): Found[] {
  const found: Found[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (value && typeof value === "object" && "nb" in value && "en" in value && Object.keys(value).length === 2) {
        found.push({ name: `${file.replace(/^.*\//, "")}#${name}`, nb: (value as Found).nb, en: (value as Found).en });
      }
    }
  }
  return found;
}

/** Paths where the two languages differ in shape, or where a text is empty or left in Norwegian. */
function differences(nb: unknown, en: unknown, path: string): string[] {
  if (typeof nb === "string") {
    if (typeof en !== "string") return [`${path}: not a text in English`];
    if (nb !== "" && en === "") return [`${path}: empty in English`];
    if (en === nb && /[æøåÆØÅ]/.test(en)) return [`${path}: still Norwegian in English: ${en}`];
    return [];
  }
  if (typeof nb === "function") {
    if (typeof en !== "function") return [`${path}: not a function in English`];
    return nb.length === en.length ? [] : [`${path}: takes ${nb.length} values in bokmål, ${en.length} in English`];
  }
  if (Array.isArray(nb)) {
    if (!Array.isArray(en) || en.length !== nb.length) return [`${path}: list of another length in English`];
    return nb.flatMap((item, i) => differences(item, en[i], `${path}[${i}]`));
  }
  if (nb && typeof nb === "object") {
    if (!en || typeof en !== "object") return [`${path}: missing in English`];
    const keys = new Set([...Object.keys(nb), ...Object.keys(en)]);
    return [...keys].flatMap((key) => {
      if (!(key in nb)) return [`${path}.${key}: only in English`];
      if (!(key in en)) return [`${path}.${key}: missing in English`];
      return differences((nb as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`);
    });
  }
  return nb === en ? [] : [`${path}: differs`];
}

describe("the dictionaries", () => {
  const all = dictionaries();

  it("are found", () => {
    expect(all.map((d) => d.name)).toContain("profile.ts#profileTexts");
  });

  it.each(all.map((d) => [d.name, d] as const))("%s has every key in both languages", (_name, d) => {
    expect(differences(d.nb, d.en, "")).toEqual([]);
  });
});

describe("the language before sign-in", () => {
  it.each([
    [null, "nb"],
    ["", "nb"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB", "en"],
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["nn-NO,en;q=0.5", "nb"],
    ["no", "nb"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["de-DE,fr;q=0.8", "nb"],
    ["en;q=0.4,nb;q=0.8", "nb"],
    ["*", "nb"],
    ["en;q=0", "nb"],
  ])("Accept-Language %j reads %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("is one of the two languages", () => {
    expect(LOCALES).toEqual(["nb", "en"]);
  });
});
