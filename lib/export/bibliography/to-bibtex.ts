import type { BibliographyEntry, EntryName } from "./bibliography-entries";

// biblatex entry types (biber reads them; so do citation-js and Zotero), with the subtype newspapers and magazines use.
const entryTypes: Record<string, [string, string?]> = {
  webpage: ["online"],
  "post-weblog": ["online"],
  post: ["online"],
  "article-journal": ["article"],
  article: ["article"],
  "article-newspaper": ["article", "newspaper"],
  "article-magazine": ["article", "magazine"],
  report: ["report"],
  book: ["book"],
  chapter: ["incollection"],
  "paper-conference": ["inproceedings"],
  thesis: ["thesis"],
  dataset: ["dataset"],
  software: ["software"],
  legislation: ["legislation"],
  legal_case: ["jurisdiction"],
  manuscript: ["unpublished"],
};

const special: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * Text as a braced BibTeX value: every brace and LaTeX special is escaped, so the value can't close early,
 * and ligature pairs (`--`, ` `` `, `''`, `<<`, `?``…) are split with `{}` so they read back as typed.
 */
const escape = (s: string) =>
  s
    .replace(/[\\{}%&$#_~^]/g, (c) => special[c]!)
    .replace(/([-`',<>])(?=\1)/g, "$1{}")
    .replace(/([?!])(?=`)/g, "$1{}");

/** A name with each part braced, so commas and " and " inside it stay part of the name. */
function name(n: EntryName): string {
  if ("literal" in n) return `{${escape(n.literal)}}`;
  return n.given ? `{${escape(n.family)}}, {${escape(n.given)}}` : `{${escape(n.family)}}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Bibliography entries as biblatex: `urldate` for the access date, `date` in ISO form, `url` and `doi`
 * verbatim (the URL policy leaves them no braces, backslashes or spaces), one field a line, no wrapping.
 */
export function toBibtex(entries: BibliographyEntry[]): string {
  return entries
    .map((e) => {
      const [type, subtype] = entryTypes[e.type] ?? ["misc"];
      const fields: [string, string][] = [];
      if (subtype) fields.push(["entrysubtype", subtype]);
      if (e.authors.length) fields.push(["author", e.authors.map(name).join(" and ")]);
      fields.push(["title", escape(e.title)]);
      if (e.container) fields.push([type === "article" ? "journaltitle" : type === "incollection" || type === "inproceedings" ? "booktitle" : "maintitle", escape(e.container)]);
      if (e.issued) {
        if ("parts" in e.issued) fields.push(["date", e.issued.parts.map((p, i) => (i === 0 ? String(p) : pad(p))).join("-")]);
        else fields.push(["note", escape(e.issued.literal)]);
      }
      // publisher and institution are name lists in biblatex: braced whole so " and " stays in the name.
      if (e.publisher) fields.push([type === "report" || type === "thesis" ? "institution" : "publisher", `{${escape(e.publisher)}}`]);
      if (e.number) fields.push(["number", escape(e.number)]);
      if (e.url) fields.push(["url", e.url]);
      if (e.accessed) fields.push(["urldate", e.accessed]);
      if (e.doi) fields.push(["doi", e.doi]);
      if (e.language) fields.push(["langid", escape(e.language)]);
      return `@${type}{${e.id},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join("\n")}\n}\n`;
    })
    .join("\n");
}
