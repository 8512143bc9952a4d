// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { Citation } from "@/lib/editor/citation-node";
import { baseExtensions } from "@/lib/editor/extensions";
import { CitationWithMarker } from "./citation-marker";

// Issue 20: @tiptap/react's EditorContent asks the editor for its node views again when it mounts
// (`editor.createNodeViews()`). With the marker view from `addNodeView`, Tiptap built new view functions, so
// ProseMirror found the node views changed and drew the whole section again: every paragraph and every marker.

const ids = ["0b7c3c2e-6a51-4d2a-9a57-6f0f3c1d2e01", "0b7c3c2e-6a51-4d2a-9a57-6f0f3c1d2e02", "0b7c3c2e-6a51-4d2a-9a57-6f0f3c1d2e03"];
const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

function markerEditor(): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [...baseExtensions().filter((e) => e.name !== Citation.name), CitationWithMarker.configure({ store: null })],
    content: {
      type: "doc",
      content: ids.map((citationId, i) => ({ type: "paragraph", content: [{ type: "text", text: `Paragraph ${i} cites ` }, { type: "citation", attrs: { citationId } }] })),
    },
  });
  editors.push(editor);
  return editor;
}

describe("citation marker views", () => {
  it("draws each marker with its own view (number placeholder, edit trigger)", () => {
    const editor = markerEditor();
    const markers = [...editor.view.dom.querySelectorAll("sup.citation-marker")];
    expect(markers.map((m) => m.getAttribute("data-citation-id"))).toEqual(ids);
    expect(markers.map((m) => m.querySelector("[data-citation-trigger]")?.textContent)).toEqual(["[…]", "[…]", "[…]"]);
  });

  it("keeps the drawn document when EditorContent asks for the node views again on mount", () => {
    const editor = markerEditor();
    const before = { paragraphs: [...editor.view.dom.querySelectorAll("p")], markers: [...editor.view.dom.querySelectorAll("sup.citation-marker")] };
    expect(before.markers).toHaveLength(3);
    editor.createNodeViews();
    expect([...editor.view.dom.querySelectorAll("p")]).toEqual(before.paragraphs);
    const after = [...editor.view.dom.querySelectorAll("sup.citation-marker")];
    expect(after).toHaveLength(3);
    after.forEach((m, i) => expect(m).toBe(before.markers[i]));
  });
});
