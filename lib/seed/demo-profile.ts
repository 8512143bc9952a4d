import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";

/** Demo sources: facts and citations from a published profile, described here in Folio's own words. */
export const demoSources = {
  cardSite: { title: "About an Individual Number Card – My Number Card General Site", url: "https://www.kojinbango-card.go.jp/en-kojinbango/", accessed: "2025-12-22" },
  smartphone: {
    title: "New Service Makes It Possible for My Number Cardholders to Leave Their IDs at Home",
    url: "https://japannews.yomiuri.co.jp/society/general-news/20230511-109155/",
    publisher: "The Yomiuri Shimbun",
    issued: "2023-05-11",
    accessed: "2025-12-22",
  },
  myNumberAct: { title: "Act on the Use of Numbers to Identify a Specific Individual in Administrative Procedures (Act No. 27 of 2013)", url: null, accessed: null },
  treatyBodies: { title: "UN Treaty Body Database for Japan", url: "https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/Treaty.aspx", accessed: "2025-12-26" },
  gdprAppi: { title: "Comparing Privacy Laws: GDPR vs APPI", url: "https://www.dataguidance.com/sites/default/files/gdpr_v_appi_april_update.pdf", accessed: "2025-12-23" },
} as const;

export type DemoSourceKey = keyof typeof demoSources;

type Piece = string | { cite: DemoSourceKey };

/** Section bodies keyed by template title; `{ cite }` marks where a footnote goes. */
export const demoBodies: Record<string, Piece[][]> = {
  "Digital ID Overview": [
    [
      "Every resident of Japan, citizen or foreign national, is given a twelve-digit Individual Number. The optional My Number Card carries that number on a chip together with electronic certificates, which let the holder prove who they are online and sign documents sent to public offices.",
      { cite: "cardSite" },
    ],
    [
      "Since 2023 the certificates can also be installed on some smartphones, so that a holder can use public services without carrying the plastic card.",
      { cite: "smartphone" },
      " The card itself stays voluntary in law, although more and more services expect it.",
      { cite: "cardSite" },
    ],
  ],
  "Domestic law and policy": [
    [
      "The system rests on the 2013 My Number Act, which confines the use of the number to social security, taxation and disaster response.",
      { cite: "myNumberAct" },
    ],
  ],
  "Data Protection": [
    [
      "Personal data on the card falls under the general data protection statute, the APPI, which regulators often compare with the EU's GDPR.",
      { cite: "gdprAppi" },
    ],
  ],
  "International Commitments": [
    [
      "Japan is party to the core UN human rights treaties, and their committees review its record on nationality and birth registration.",
      { cite: "treatyBodies" },
    ],
  ],
};

/** Builds a section's ProseMirror JSON, turning each cite into a citation node via `citationFor`. */
export function demoDocument(title: string, citationFor: (key: DemoSourceKey) => string): ProseMirrorJSON {
  const body = demoBodies[title];
  if (!body) return { type: "doc", content: [{ type: "paragraph" }] };
  return {
    type: "doc",
    content: body.map((pieces) => ({
      type: "paragraph",
      content: pieces.map((p) => (typeof p === "string" ? { type: "text", text: p } : { type: "citation", attrs: { citationId: citationFor(p.cite) } })),
    })),
  };
}
