import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "./search-query";
import { snippetHtml } from "./snippet-html";

describe("snippetHtml", () => {
  it("escapes everything but the highlight", () => {
    expect(snippetHtml(`a <img src=x onerror=alert(1)> ${S}card${E} & "b"`)).toBe("a &lt;img src=x onerror=alert(1)&gt; <mark>card</mark> &amp; &quot;b&quot;");
  });
  it("closes an unbalanced highlight and drops stray markers", () => {
    expect(snippetHtml(`${E}x ${S}y`)).toBe("x <mark>y</mark>");
  });
});
