import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { encodeStoredMessage, isDocumentStored, parseStoredMessage } from "./stored-message";

describe("stored acknowledgements", () => {
  it("say a document is stored only once its every change is covered", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "abc");
    const stored = parseStoredMessage(encodeStoredMessage(Y.encodeStateVector(doc)))!;
    expect(isDocumentStored(doc, stored)).toBe(true);
    doc.getText("t").insert(3, "d");
    expect(isDocumentStored(doc, stored)).toBe(false);
  });
  it("ignore other stateless payloads", () => {
    expect(parseStoredMessage("hello")).toBeNull();
    expect(parseStoredMessage("stored:!!!")).toBeNull();
  });
});
