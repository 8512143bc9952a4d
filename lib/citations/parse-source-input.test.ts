import { describe, expect, it } from "vitest";
import { parseSourceInput } from "./parse-source-input";
import { SourceInputError } from "./source-input-error";

const bibtex = `@article{roe2020,
  title = {Digital {ID} and Statelessness},
  author = {Roe, Jane and Poe, Sam},
  journal = {Journal of Identity},
  year = {2020},
  url = {https://example.org/article},
  doi = {10.1234/ABC.5}
}

@book{moe2019,
  title = {Registers},
  author = {Moe, Kim},
  publisher = {Example Press},
  year = 2019
}`;

const ris = `TY  - ELEC
TI  - Example Page
AU  - Roe, Jane
PB  - Example Ministry
DA  - 2025/02/21
UR  - https://example.org/page
ER  - 

TY  - BOOK
TI  - Registers
ER  - 
`;

function errorOf(input: string): SourceInputError {
  try {
    parseSourceInput(input);
  } catch (error) {
    if (error instanceof SourceInputError) return error;
    throw error;
  }
  throw new Error("expected a SourceInputError");
}

describe("parseSourceInput", () => {
  it("reads BibTeX entries", () => {
    const { format, items } = parseSourceInput(bibtex);
    expect(format).toBe("bibtex");
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: "roe2020",
      type: "article-journal",
      title: "Digital ID and Statelessness",
      "container-title": "Journal of Identity",
      URL: "https://example.org/article",
      DOI: "10.1234/ABC.5",
      author: [{ family: "Roe", given: "Jane" }, { family: "Poe", given: "Sam" }],
      issued: { "date-parts": [[2020]] },
    });
    expect(items[1]).toMatchObject({ id: "moe2019", type: "book", publisher: "Example Press" });
  });

  it("names the line and column of a BibTeX syntax error", () => {
    const error = errorOf("@misc{a, title = {A}}\n\n@book{b,\n  title = {B},\n  year = 20x0\n}");
    expect(error).toMatchObject({ format: "bibtex", line: 5, column: 12 });
    expect(error.message).toMatch(/^BibTeX line 5, column 12: /);
  });

  it("reports an unterminated BibTeX entry", () => {
    expect(errorOf("@article{bad,\n  title = {never closed").line).toBe(2);
  });

  it("reads RIS records with stable ids", () => {
    const { format, items } = parseSourceInput(ris);
    expect(format).toBe("ris");
    expect(items).toEqual([
      expect.objectContaining({ id: "ris-1", type: "webpage", title: "Example Page", publisher: "Example Ministry", URL: "https://example.org/page", issued: { "date-parts": [[2025, 2, 21]] } }),
      expect.objectContaining({ id: "ris-2", type: "book", title: "Registers" }),
    ]);
  });

  it.each([
    ["a malformed tag", "TY  - JOUR\nTI - Title\nER  - ", 2, /tag is two characters/],
    ["a record not starting with TY", "TI  - Title\nER  - ", 1, /must start with/],
    ["a record with nothing readable", "TY  - ELEC\nTI  - Fine\nER  - \nTY  - ZZZZ\nXX  - ?\nER  - ", 4, /^RIS entry 2 \(line 4\) could not be read\.$/],
  ])("names the line of %s in RIS", (_name, input, line, message) => {
    const error = errorOf(input);
    expect(error).toMatchObject({ format: "ris", line });
    expect(error.message).toMatch(message);
  });

  it("reads CSL-JSON, one item or a list", () => {
    expect(parseSourceInput('{"id":"x","type":"webpage","title":"T","URL":"https://example.org"}').items).toEqual([
      { id: "x", type: "webpage", title: "T", URL: "https://example.org" },
    ]);
    expect(parseSourceInput('[{"type":"book","title":"A"},{"type":"report","title":"B"}]').items.map((i) => i.id)).toEqual(["csl-json-1", "csl-json-2"]);
  });

  it.each([
    ['[{"title":"No type"}]', "CSL-JSON entry 1: “type” is required."],
    ['[{"type":"book","title":"A"},{"type":"book","title":7}]', "CSL-JSON entry 2: “title” must be a string."],
    ['[{"type":"book"}]', "CSL-JSON entry 1 has no title, URL or DOI."],
    ["[]", "No CSL-JSON entries were found."],
  ])("rejects CSL-JSON %s", (input, message) => {
    expect(errorOf(input).message).toBe(message);
  });

  it("names the line of a JSON syntax error when the runtime reports its position", () => {
    expect(errorOf('[\n {"type": "book",\n }\n]')).toMatchObject({ format: "csl-json", line: 3, column: 2 });
    expect(errorOf('[{"type": "book", "title": }]').message).toMatch(/^CSL-JSON.*: Unexpected token '}'\.$/);
  });

  it.each(["10.1234/ABC", "doi:10.1234/abc", "https://doi.org/10.1234/abc", " 10.1234/abc \n"])("turns the DOI %j into a minimal item without the network", (input) => {
    expect(parseSourceInput(input)).toEqual({ format: "doi", items: [{ id: "10.1234/abc", type: "document", DOI: "10.1234/abc", URL: "https://doi.org/10.1234/abc" }] });
  });

  it("turns an http(s) URL into a webpage item", () => {
    expect(parseSourceInput("https://example.org/page").items).toEqual([{ id: "url-1", type: "webpage", URL: "https://example.org/page" }]);
  });

  it.each(["", "   ", "just some words", "javascript:alert(1)"])("rejects %j with a message listing what it accepts", (input) => {
    expect(errorOf(input).message).toMatch(/BibTeX|Nothing to read/);
  });

  it("ignores a byte order mark", () => {
    expect(parseSourceInput("\uFEFF10.1234/abc").format).toBe("doi");
  });
});
