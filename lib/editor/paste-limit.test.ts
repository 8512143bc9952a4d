import { getSchema } from "@tiptap/core";
import { Fragment, Slice } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { baseExtensions } from "./extensions";
import { insertRefusal, sliceBytes } from "./paste-limit";

const limits = { maxMessageBytes: 1024 * 1024, maxDocumentBytes: 8 * 1024 * 1024 };

describe("insertRefusal", () => {
  it("accepts what fits both limits", () => {
    expect(insertRefusal({ insertBytes: 500_000, documentBytes: 1_000_000, limits })).toBeNull();
  });

  it("refuses more than one message can carry, naming the sizes and what to do", () => {
    const message = insertRefusal({ insertBytes: 5 * 1024 * 1024, documentBytes: 0, limits });
    expect(message).toContain("5 MB");
    expect(message).toContain("1 MB per message");
    expect(message).toMatch(/smaller parts|several sections/);
  });

  it("refuses what would grow the section past the document limit", () => {
    const message = insertRefusal({ insertBytes: 600_000, documentBytes: 7 * 1024 * 1024, limits });
    expect(message).toContain("8 MB");
    expect(message).toContain("another section");
  });
});

describe("sliceBytes", () => {
  it("measures at least the text's UTF-8 size", () => {
    const schema = getSchema(baseExtensions());
    const text = "é".repeat(1_000);
    const slice = new Slice(Fragment.from(schema.node("paragraph", null, schema.text(text))), 0, 0);
    expect(sliceBytes(slice)).toBeGreaterThanOrEqual(2_000);
  });
});
