import { unzipSync, type UnzipFileInfo } from "fflate";
import { WordFileError } from "./word-file-error";

export const MAX_DOCX_BYTES = 10 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 1_000;
/** Declared uncompressed size of one part we read, and of all of them together. */
const MAX_PART_BYTES = 16 * 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

const wanted = new Set([
  "[Content_Types].xml",
  "word/document.xml",
  "word/styles.xml",
  "word/numbering.xml",
  "word/footnotes.xml",
  "word/_rels/document.xml.rels",
  "word/_rels/footnotes.xml.rels",
  "word/settings.xml",
]);

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

function notZip(bytes: Uint8Array): never {
  // Encrypted .docx files are OLE compound files holding an EncryptionInfo stream; so are old .doc files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const name = Buffer.from("EncryptionInfo", "utf16le");
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name)) {
      throw new WordFileError("The Word document is encrypted (password-protected). Remove the password in Word (File › Info › Protect Document) and upload it again; nothing was imported.");
    }
    throw new WordFileError("This is an old Word 97–2003 (.doc) file. Save it as a Word Document (.docx) and upload that; nothing was imported.");
  }
  const kind = startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) ? " (it is a PDF)" : "";
  throw new WordFileError(`This is not a Word document (.docx)${kind}: a .docx file is a zip package. Nothing was imported.`);
}

/**
 * The parts of a .docx that the import reads, as bytes. Sizes and the number of entries are checked from
 * the zip's directory before anything is inflated, and no part inflates past its declared size.
 * @throws WordFileError (not a zip, encrypted, old .doc, too many entries, too large, damaged, not Word)
 */
export function readDocxPackage(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new WordFileError(`The file is ${mb(bytes.byteLength)}; at most ${mb(MAX_DOCX_BYTES)} are allowed for a Word document. Nothing was imported.`);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) notZip(bytes);
  let entries = 0;
  let total = 0;
  const filter = (file: UnzipFileInfo) => {
    entries += 1;
    if (entries > MAX_DOCX_ENTRIES) throw new WordFileError(`The zip has more than ${MAX_DOCX_ENTRIES.toLocaleString("en")} entries; a Word document has a few dozen. Nothing was imported.`);
    if (!wanted.has(file.name)) return false;
    if (file.originalSize > MAX_PART_BYTES) throw new WordFileError(`${file.name} unpacks to ${mb(file.originalSize)}; at most ${mb(MAX_PART_BYTES)} are allowed (a profile is far smaller). Nothing was imported.`);
    total += file.originalSize;
    if (total > MAX_TOTAL_BYTES) throw new WordFileError(`The document's text unpacks to more than ${mb(MAX_TOTAL_BYTES)}; a profile is far smaller. Nothing was imported.`);
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (e) {
    if (e instanceof WordFileError) throw e;
    throw new WordFileError(`The Word document is damaged: its zip package cannot be read (${(e as Error).message}). Nothing was imported.`);
  }
  if (!files["word/document.xml"] || !files["[Content_Types].xml"]) {
    throw new WordFileError("This zip is not a Word document: it has no word/document.xml. Nothing was imported.");
  }
  return new Map(Object.entries(files));
}
