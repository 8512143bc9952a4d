import { strFromU8, unzipSync } from "fflate";

/** The XML parts of a .docx, by path, for tests to inspect. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}
