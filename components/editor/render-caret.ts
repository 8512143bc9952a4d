/**
 * Labels are drawn from data-name by CSS, so a co-editor's name never becomes part of the section's text. A label
 * is 11px tall and sits on top of its caret; the editor's lines are spaced (line-height 2) so that the gap between
 * two lines holds it without covering the line above.
 */
export const caretStyles = `
.collaboration-carets__caret { position: relative; margin-left: -1px; margin-right: -1px; border-left: 2px solid var(--caret-color); word-break: normal; pointer-events: none; }
.collaboration-carets__label { position: absolute; bottom: 100%; left: -2px; font-size: 10px; font-weight: 600; line-height: 11px; white-space: nowrap; color: #fff; background: var(--caret-color); padding: 0 4px; border-radius: 3px 3px 3px 0; user-select: none; }
.tiptap[role="textbox"] p, .tiptap[role="textbox"] li { line-height: 2; }
.collaboration-carets__label::after { content: attr(data-name); }
`;

/** A co-editor's caret with a name label. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : "#475569";
  const name = typeof user.name === "string" ? user.name : "Someone";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.dataset.testid = "remote-caret";
  caret.dataset.name = name;
  caret.style.setProperty("--caret-color", color);
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.dataset.name = name;
  caret.append(label);
  return caret;
}
