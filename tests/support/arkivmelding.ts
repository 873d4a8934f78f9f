// Reading an arkivmelding.xml in tests: xmlbuilder2's parser gives a DOM; the helpers find
// elements of the arkivmelding namespace by name.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { create } from "xmlbuilder2";
import { ARKIVMELDING_NS } from "@/lib/documents/arkivmelding";

export const XSD = path.resolve(import.meta.dirname, "..", "..", "docs", "standards", "arkivmelding", "arkivmelding.xsd");

export function parseXml(xml: string): Document {
  return create(xml).node as unknown as Document;
}

/** The direct child elements of an element, in order. */
export function childElements(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}

/** Every element of that name (arkivmelding namespace) under the node, in document order. */
export function all(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ARKIVMELDING_NS, name));
}

/** The text of the direct child of that name, or null. */
export function childText(el: Element, name: string): string | null {
  return childElements(el).find((c) => c.localName === name)?.textContent ?? null;
}

/** Validates with xmllint (Debian's libxml2-utils) against the repository's copy of the schema. */
export async function xmllintValidate(xml: string): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "arkivmelding-"));
  const file = path.join(dir, "arkivmelding.xml");
  await writeFile(file, xml);
  try {
    const { stderr } = await promisify(execFile)("xmllint", ["--noout", "--schema", XSD, file]);
    return { ok: true, output: stderr };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { ok: false, output: e.stderr ?? e.message };
  }
}
