// Every text a page shows comes from a dictionary in lib/i18n, so it has its English (issue 14).
// This reads every page and component with the TypeScript parser and lists, by file and line,
// what would show untranslated: words written directly in JSX, in the attributes people read
// (labels, titles, alternatives), and Norwegian string literals anywhere in app/ and components/
// (route handlers' document file names excepted: documents stay Norwegian).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "alt", "placeholder", "label", "description", "legend", "caption"]);
const NORWEGIAN = /[æøåÆØÅ]/;
/** The product's name is the same in every language. */
const NAMES = new Set(["Dugnad"]);

/** Inside <code>: a command or a name a person types as it is (`npm run admin`). */
function inCode(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxElement(n) && n.openingElement.tagName.getText() === "code") return true;
  }
  return false;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

function inlineTexts(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  // Route handlers under app/api name the documents they send (Norwegian, as the documents are).
  const isFileRoute = file.startsWith("app/api/");
  const at = (node: ts.Node, what: string) => found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const words = node.text.replace(/&#?\w+;/g, " ").replace(/\s+/g, " ").trim();
      if (/\p{L}/u.test(words) && !NAMES.has(words) && !inCode(node)) at(node, words);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (/\p{L}/u.test(node.initializer.text)) at(node, `${node.name.getText()}="${node.initializer.text}"`);
    } else if (!isFileRoute && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && NORWEGIAN.test(node.text)) {
      at(node, JSON.stringify(node.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("pages and components", () => {
  it("show no text written inline: every text is in a dictionary with its English", () => {
    const files = [...sourceFiles("app"), ...sourceFiles("components")];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(inlineTexts)).toEqual([]);
  });
});
