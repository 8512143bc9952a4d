import { XMLParser, XMLValidator } from "fast-xml-parser";
import { stripForbiddenDeep } from "@/lib/validation/forbidden-characters";
import { WordFileError } from "./word-file-error";

/** An element as fast-xml-parser gives it in document order: `{ tag: children, ":@": attributes }` or `{ "#text": … }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses one part of the package. Word never writes a DOCTYPE, so one is refused (no entity expansion).
 * @throws WordFileError when the part is not well-formed XML
 */
export function parseWordXml(name: string, bytes: Uint8Array): XmlNode[] {
  const xml = new TextDecoder("utf-8").decode(bytes);
  if (/<!DOCTYPE/i.test(xml)) throw new WordFileError(`${name} declares a DOCTYPE, which Word never writes. Nothing was imported.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new WordFileError(`The Word document is damaged: ${name} is not valid XML (line ${valid.err.line}: ${valid.err.msg}). Nothing was imported.`);
  // Text or attributes holding control characters (which XML 1.0 forbids but parsers let through) are read without them.
  return stripForbiddenDeep(parser.parse(xml) as XmlNode[]);
}

/** The element's tag name, or null for text. */
export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ":@" && key !== "#text") return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attrs = node?.[":@"] as Record<string, string> | undefined;
  return attrs?.[name];
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

/** Text content of an element (concatenated `#text` children). */
export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((c) => (typeof c["#text"] === "string" || typeof c["#text"] === "number" ? String(c["#text"]) : ""))
    .join("");
}

/** The root element's children (skipping anything before it). */
export function rootChildren(doc: XmlNode[], tag: string): XmlNode[] {
  const root = doc.find((n) => tagOf(n) === tag);
  return root ? childrenOf(root) : [];
}

/** A toggle property such as `<w:b/>` or `<w:b w:val="false"/>`. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const v = attr(node, "w:val");
  return v === undefined || !["0", "false", "off", "none"].includes(v);
}
