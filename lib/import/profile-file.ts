import { stripForbiddenCharacters } from "@/lib/validation/forbidden-characters";
import type { ProfileFile } from "./parse-profile-in-worker";

const isZipOrOle = (b: Uint8Array) => (b[0] === 0x50 && b[1] === 0x4b) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

/**
 * An uploaded file as the import reads it: a Word document by its name or its first bytes, else UTF-8 text without
 * control characters other than tab and newlines (NUL cannot be stored; the rest break Word exports).
 */
export function profileFile(name: string, bytes: Uint8Array): ProfileFile {
  if (/\.docx?$/i.test(name) || isZipOrOle(bytes)) return { kind: "docx", bytes };
  return { kind: "text", text: stripForbiddenCharacters(new TextDecoder("utf-8").decode(bytes)) };
}
