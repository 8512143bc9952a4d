import { cslItemSchema, type CslItem } from "./csl-item";
import { SourceInputError, type SourceInputFormat } from "./source-input-error";

const formatNames: Record<SourceInputFormat, string> = { bibtex: "BibTeX", ris: "RIS", "csl-json": "CSL-JSON", doi: "DOI", url: "URL" };

/** Checks citation-js output against the CSL item schema, requires a title, URL or DOI, and gives stable ids. */
export function toCslItems(raw: unknown, format: SourceInputFormat, lineOf: (index: number) => number | null = () => null): CslItem[] {
  const label = formatNames[format];
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) throw new SourceInputError(`No ${label} entries were found.`, { format, line: 1 });
  return list.map((value, index) => {
    const line = lineOf(index);
    const where = `${label} entry ${index + 1}${line ? ` (line ${line})` : ""}`;
    if (value !== null && typeof value === "object" && Object.keys(value).length === 0) throw new SourceInputError(`${where} could not be read.`, { format, line });
    const parsed = cslItemSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `“${issue.path.join(".")}”` : "the entry";
      const problem = !issue ? "is invalid" : /received undefined/.test(issue.message) ? "is required" : issue.code === "invalid_type" ? `must be ${issue.expected === "object" ? "an" : "a"} ${issue.expected}` : issue.message;
      throw new SourceInputError(`${where}: ${field} ${problem}.`, { format, line, cause: parsed.error });
    }
    const item = parsed.data;
    if (!item.title?.trim() && !item.URL && !item.DOI) throw new SourceInputError(`${where} has no title, URL or DOI.`, { format, line });
    const id = item.id === undefined || String(item.id).startsWith("temp_id_") ? `${format}-${index + 1}` : item.id;
    return { ...item, id };
  });
}
