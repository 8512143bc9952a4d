import * as Y from "yjs";
import { findForbiddenCharacter, forbiddenCharacter } from "@/lib/validation/forbidden-characters";

function inContent(content: Y.Item["content"]): string | null {
  if (content instanceof Y.ContentString) return forbiddenCharacter(content.str);
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return findForbiddenCharacter(content.arr)?.character ?? null;
  if (content instanceof Y.ContentFormat) return forbiddenCharacter(content.key) ?? findForbiddenCharacter(content.value)?.character ?? null;
  if (content instanceof Y.ContentEmbed) return findForbiddenCharacter(content.embed)?.character ?? null;
  if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return forbiddenCharacter(content.type.nodeName);
  return null;
}

/**
 * The first character Folio never stores (see forbidden-characters.ts) that a Yjs update would insert, in text,
 * attribute names or values, as `U+XXXX`; null when it has none or cannot be read (Yjs then refuses it on its own).
 */
export function updateForbiddenCharacter(update: Uint8Array): string | null {
  let structs: ReturnType<typeof Y.decodeUpdate>["structs"];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return null;
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const found = (struct.parentSub !== null ? forbiddenCharacter(struct.parentSub) : null) ?? inContent(struct.content);
    if (found) return found;
  }
  return null;
}
