import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface RangeMark {
  from: number;
  to: number;
  className: string;
  title?: string;
  /** Shown where `from` is, as struck-through text (deleted words in the inline view). */
  widget?: { text: string; className: string; label: string };
}

export const redlineKey = new PluginKey<DecorationSet>("redline");

/** Static decorations over a read-only document: inserted, deleted, reformatted, commented ranges. */
export const RedlineDecorations = Extension.create<{ marks: RangeMark[] }>({
  name: "redlineDecorations",
  addOptions() {
    return { marks: [] };
  },
  addProseMirrorPlugins() {
    const marks = this.options.marks;
    return [
      new Plugin({
        key: redlineKey,
        props: {
          decorations: (state) => {
            const size = state.doc.content.size;
            const decos: Decoration[] = [];
            for (const m of marks) {
              const from = Math.max(0, Math.min(m.from, size));
              const to = Math.max(from, Math.min(m.to, size));
              if (m.widget) {
                const { text, className, label } = m.widget;
                decos.push(
                  Decoration.widget(from, () => {
                    const el = document.createElement(className.includes("footnote") ? "span" : "del");
                    el.className = className;
                    el.textContent = text;
                    el.setAttribute("aria-label", label);
                    return el;
                  }, { side: -1, ignoreSelection: true }),
                );
              }
              if (to > from) decos.push(Decoration.inline(from, to, { class: m.className, ...(m.title ? { title: m.title } : {}) }));
            }
            return DecorationSet.create(state.doc, decos);
          },
        },
      }),
    ];
  },
});
