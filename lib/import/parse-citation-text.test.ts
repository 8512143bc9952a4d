import { describe, expect, it } from "vitest";
import { parseCitationText } from "./parse-citation-text";

const url = "https://example.org/a";

describe("parseCitationText", () => {
  it.each<[string, string, object]>([
    [
      "authors, publisher and date",
      `Jane Roe, ‘A Title’ (Example Pub, 21 February 2025) <${url}> accessed 19 December 2025`,
      { kind: "full", type: "webpage", authors: ["Jane Roe"], title: "A Title", publisher: "Example Pub", dateText: "21 February 2025", url, accessedText: "19 December 2025" },
    ],
    ["corporate author with a comma", `The Agency, Government of Testland, ‘T’ <${url}> accessed 1 May 2025`, { authors: ["The Agency, Government of Testland"], title: "T" }],
    ["two authors", `Jane Roe and Sam Poe, ‘T’ <${url}>`, { authors: ["Jane Roe", "Sam Poe"], accessedText: null }],
    ["date only", `‘T’ (21 February 2025) <${url}> accessed 1 May 2025`, { publisher: null, dateText: "21 February 2025" }],
    ["publisher only, with brackets inside", `‘T’ (Example Service ( ESJ )) <${url}> accessed 1 May 2025`, { publisher: "Example Service ( ESJ )", dateText: null }],
    ["publisher and year", `‘T’ (Example Firm 2015) <${url}> accessed 1 May 2025`, { publisher: "Example Firm", dateText: "2015" }],
    ["no publication details", `‘T’ <${url}> accessed 1 May 2025`, { publisher: null, dateText: null, container: null }],
    ["no URL", "‘T’ (Pub)", { url: null, accessedText: null, publisher: "Pub" }],
    ["apostrophes and nested quotes in the title", `‘Testland’s “New” Card is now available.’ (Pub) <${url}> accessed 1 May 2025`, { title: "Testland’s “New” Card is now available." }],
    ["a newspaper", `‘T’ Daily Example (2 December 2025) <${url}> accessed 1 May 2025`, { type: "article-newspaper", container: "Daily Example", dateText: "2 December 2025" }],
    ["a document number", `‘T’ (Committee 2014) UN Doc X/C/1 <${url}> accessed 1 May 2025`, { type: "report", publisher: "Committee", dateText: "2014", number: "UN Doc X/C/1" }],
    ["a book", `Example Org, A Book (Example Press 2024) <${url}> accessed 1 May 2025`, { type: "book", authors: ["Example Org"], title: "A Book", publisher: "Example Press", dateText: "2024" }],
    ["legislation with a year", "Example Act (Act No. 1 of 2013) 2013", { type: "legislation", title: "Example Act (Act No. 1 of 2013)", dateText: "2013" }],
    ["legislation without a year", "Example Act (Act No. 1 of 2013)", { type: "legislation", title: "Example Act (Act No. 1 of 2013)", dateText: null }],
    ["a bare URL", `‘T’ ${url} accessed 1 May 2025`, { title: "T", url, accessedText: "1 May 2025" }],
    ["‘accessed’ inside a title", `‘How Data Is accessed Today’ <${url}> accessed 1 May 2025`, { title: "How Data Is accessed Today", accessedText: "1 May 2025" }],
  ])("reads a full citation: %s", (_name, text, expected) => {
    expect(parseCitationText(text)).toMatchObject({ kind: "full", ...expected });
  });

  it.each([
    ["ibid", null],
    ["Ibid", null],
    ["ibid 5", "5"],
    ["ibid para 12", "para 12"],
    ["ibid, para 12", "para 12"],
  ])("reads %j as ibid", (text, pinpoint) => {
    expect(parseCitationText(text)).toEqual({ kind: "ibid", pinpoint });
  });

  it.each([
    ["‘A Title’ (n 4)", { note: 4, label: "A Title", quoted: true, pinpoint: null }],
    ["‘A (Bracketed) Title’ (n 12) 34", { note: 12, label: "A (Bracketed) Title", quoted: true, pinpoint: "34" }],
    ["Roe (n 3) para 2", { note: 3, label: "Roe", quoted: false, pinpoint: "para 2" }],
    ["(n 3)", { note: 3, label: null, quoted: false, pinpoint: null }],
  ])("reads %j as a cross-reference", (text, expected) => {
    expect(parseCitationText(text)).toEqual({ kind: "crossref", ...expected });
  });

  it.each([
    [`‘Never closed <${url}> accessed 1 May 2025`, /closing quotation mark/],
    [`‘T’ (Pub <${url}> accessed 1 May 2025`, /bracket/],
    [`‘T’ <${url}> and more`, /after the URL/],
    [`‘’ <${url}>`, /title is empty/],
  ])("does not throw on %j", (text, reason) => {
    const result = parseCitationText(text);
    expect(result.kind).toBe("unparsed");
    expect(result.kind === "unparsed" && result.reason).toMatch(reason);
  });
});
