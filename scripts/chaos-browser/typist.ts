import type { BrowserContext, Page } from "@playwright/test";
import type { ChaosLedger } from "./check";
import type { StructureGate } from "./gate";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const textbox = '[aria-label="Section text"]';
/** The Yjs undo manager groups changes less than 500 ms apart; waiting longer makes an undo take back one word. */
const undoGap = 650;

export type ChaosOp = "type" | "suggest" | "split" | "join" | "bold" | "undo" | "paste" | "paste-block" | "cite";
const allWeights: [ChaosOp, number][] = [["type", 44], ["suggest", 8], ["split", 8], ["join", 9], ["bold", 10], ["undo", 8], ["paste", 4], ["paste-block", 4], ["cite", 7]];
/**
 * Operations y-prosemirror records as "delete this text, insert a copy" (see StructureGate): a split, a join, a pasted
 * block, and a footnote marker put into a run of text (the text after it becomes a new Yjs text).
 */
export const structural = (op: ChaosOp) => op === "split" || op === "join" || op === "paste-block" || op === "cite";
/**
 * The operations a run makes: by default all of them. Splits, joins and pasted blocks run one at a time (see
 * StructureGate and the README's known limitation); a comma list (CHAOS_BROWSER_OPS=type,bold,…) picks some.
 */
const wanted = !process.env.CHAOS_BROWSER_OPS || process.env.CHAOS_BROWSER_OPS === "all" ? allWeights.map(([op]) => op) : process.env.CHAOS_BROWSER_OPS.split(",").map((s) => s.trim());
const weights = allWeights.filter(([op]) => wanted.includes(op));

/**
 * One person in the browser chaos run: picks places in the section through the editor's own state (Tiptap puts
 * the editor on its DOM node), then acts with the real keyboard, a real paste event and the cite dialog.
 */
export class BrowserTypist {
  readonly counts: Record<ChaosOp, number> = { type: 0, suggest: 0, split: 0, join: 0, bold: 0, undo: 0, paste: 0, "paste-block": 0, cite: 0 };
  offline = false;
  private seq = 0;
  private lastCite = 0;

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    private readonly letter: string,
    private readonly random: () => number,
    private readonly ledger: ChaosLedger,
    private readonly source: string,
    private readonly gate: StructureGate,
  ) {}

  private nextWord() {
    this.seq += 1;
    return `${this.letter}${this.seq}`;
  }

  private chooseOp(): ChaosOp {
    let r = this.random() * weights.reduce((n, [, w]) => n + w, 0);
    for (const [op, w] of weights) if ((r -= w) < 0) return op;
    return "type";
  }

  /** A caret place between words: the start of a block, after a word's », or after a footnote marker. */
  private async placeCaret(kind: "boundary" | "block-start" | "word"): Promise<boolean> {
    const picks = [this.random(), this.random(), this.random()];
    return this.page.evaluate(
      ({ selector, kind, picks }) => {
        type PMNode = { isTextblock: boolean; isText: boolean; text?: string; nodeSize: number; content: { size: number }; type: { name: string }; forEach: (f: (n: PMNode, offset: number) => void) => void };
        const dom = document.querySelector(selector) as (HTMLElement & { editor?: { state: { doc: PMNode }; view: { focus(): void }; commands: { setTextSelection(p: number | { from: number; to: number }): boolean } } }) | null;
        const editor = dom?.editor;
        if (!editor) return false;
        const blocks: { pos: number; node: PMNode }[] = [];
        editor.state.doc.forEach((node, offset) => {
          if (node.isTextblock) blocks.push({ pos: offset, node });
        });
        if (blocks.length === 0) return false;
        const [r0, r1, r2] = picks as [number, number, number];
        let block: { pos: number; node: PMNode };
        if (kind === "block-start") {
          if (blocks.length < 2) return false;
          block = blocks[1 + Math.floor(r1 * (blocks.length - 1))]!;
          editor.view.focus();
          return editor.commands.setTextSelection(block.pos + 1);
        }
        // Mostly the same paragraph for everyone (the longest), sometimes any other.
        const longest = blocks.reduce((a, b) => (b.node.content.size > a.node.content.size ? b : a));
        block = r0 < 0.75 ? longest : blocks[Math.floor(r1 * blocks.length)]!;
        const start = block.pos + 1;
        const places: number[] = kind === "boundary" ? [start] : [];
        const words: { from: number; to: number }[] = [];
        block.node.forEach((child, offset) => {
          if (child.isText) {
            const text = child.text ?? "";
            for (let i = 0; i < text.length; i++) {
              if (text[i] === "»") places.push(start + offset + i + 1);
              if (text[i] === "«") {
                const end = text.indexOf("»", i);
                if (end > i) words.push({ from: start + offset + i, to: start + offset + end + 1 });
              }
            }
          } else if (child.type.name === "citation") places.push(start + offset + child.nodeSize);
        });
        editor.view.focus();
        if (kind === "word") {
          if (words.length === 0) return false;
          return editor.commands.setTextSelection(words[Math.floor(r2 * words.length)]!);
        }
        return editor.commands.setTextSelection(places[Math.floor(r2 * places.length)]!);
      },
      { selector: textbox, kind, picks },
    );
  }

  async step(): Promise<void> {
    let op = this.chooseOp();
    // An editor without network only makes edits that merge with anything (its edits race everyone's).
    if (this.offline && structural(op)) op = "type";
    if (await this.gate.run(structural(op), () => this.perform(op))) this.counts[op] += 1;
  }

  /** Does one operation; false when there was no place for it. */
  private async perform(op: ChaosOp): Promise<boolean> {
    if (op === "type" || op === "suggest") {
      if (!(await this.placeCaret("boundary"))) return false;
      // Suggesting: the words go in as this typist's insertion suggestion (accepted at the end of the phase).
      if (op === "suggest") await this.setMode("suggesting");
      try {
        const phrase: string[] = [];
        this.ledger.phrases.push(phrase);
        const n = 1 + Math.floor(this.random() * 4);
        for (let i = 0; i < n; i++) {
          const w = this.nextWord();
          phrase.push(w);
          (this.ledger.how ??= {})[w] = `${op} ${i + 1}/${n}`;
          await this.page.keyboard.insertText(` «${w}»`);
          await sleep(30 + this.random() * 120);
        }
      } finally {
        if (op === "suggest") await this.setMode("editing");
      }
    } else if (op === "split") {
      if (!(await this.placeCaret("boundary"))) return false;
      await this.page.keyboard.press("Enter");
    } else if (op === "join") {
      if (!(await this.placeCaret("block-start"))) return false;
      await this.page.keyboard.press("Backspace");
    } else if (op === "bold") {
      if (!(await this.placeCaret("word"))) return false;
      await this.page.keyboard.press("Control+b");
      await this.page.keyboard.press("ArrowRight");
    } else if (op === "undo") {
      await sleep(undoGap);
      if (!(await this.placeCaret("boundary"))) return false;
      const w = `u${this.nextWord()}`;
      await this.page.keyboard.insertText(` «${w}»`);
      await sleep(20);
      const before = process.env.CHAOS_DEBUG ? await this.around() : "";
      await this.page.keyboard.press("Control+z");
      if (process.env.CHAOS_DEBUG) console.log(`[undo ${w}] before ${before} after ${await this.around()}`);
      this.ledger.undone.push(w);
      await sleep(undoGap);
    } else if (op === "paste" || op === "paste-block") {
      if (!(await this.placeCaret("boundary"))) return false;
      const words = [this.nextWord(), this.nextWord(), this.nextWord()];
      this.ledger.phrases.push(words);
      for (const w of words) (this.ledger.how ??= {})[w] = op;
      await this.page.evaluate(
        ({ selector, words, block }) => {
          const data = new DataTransfer();
          const html = block ? `<p>«${words[0]}» «${words[1]}»</p><p>«${words[2]}»</p>` : `<span> «${words[0]}» <strong>«${words[1]}»</strong> «${words[2]}»</span>`;
          data.setData("text/html", html);
          data.setData("text/plain", block ? `«${words[0]}» «${words[1]}»\n\n«${words[2]}»` : ` «${words[0]}» «${words[1]}» «${words[2]}»`);
          document.querySelector(selector)!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        },
        { selector: textbox, words, block: op === "paste-block" },
      );
    } else if (op === "cite") {
      // The cite dialog needs the server; one footnote per typist every 10 s at most.
      if (this.offline || Date.now() - this.lastCite < 10_000) return false;
      if (!(await this.placeCaret("boundary"))) return false;
      this.lastCite = Date.now();
      await this.cite();
    }
    return true;
  }

  /** Switches this editor between Editing and Suggesting (what the mode switch and Ctrl+Alt+S do). */
  private async setMode(mode: "editing" | "suggesting"): Promise<void> {
    await this.page.evaluate(({ selector, mode }) => (document.querySelector(selector) as unknown as { editor: { commands: { setEditorMode(m: string): boolean } } }).editor.commands.setEditorMode(mode), { selector: textbox, mode });
  }

  /** Cites the run's source through the toolbar's dialog (Find tab), as a person would. */
  async cite(): Promise<void> {
    const before = process.env.CHAOS_DEBUG ? await this.around() : "";
    await this.page.getByRole("button", { name: "Cite source" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Cite a source" });
    await dialog.getByRole("tab", { name: "Find" }).click();
    await dialog.getByRole("searchbox").fill(this.source);
    await dialog.getByRole("button", { name: `Use ${this.source}` }).click({ timeout: 20_000 });
    await dialog.getByRole("button", { name: "Insert footnote" }).click();
    await dialog.waitFor({ state: "hidden", timeout: 20_000 });
    if (process.env.CHAOS_DEBUG) console.log(`[cite ${this.letter}] before ${before} after ${await this.around()}`);
  }

  /** Adds the run's source by hand and cites it once (the first footnote of the run). */
  async addSourceAndCite(url: string): Promise<void> {
    // At the end of the text: a click in the middle could put the footnote inside a word («z3[1]»), which the
    // tally would rightly count as a broken word although nobody lost anything.
    await this.page.locator(textbox).click();
    await this.page.keyboard.press("Control+End");
    await this.page.getByRole("button", { name: "Cite source" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Cite a source" });
    await dialog.getByRole("tab", { name: "Enter by hand" }).click();
    await dialog.getByLabel("Title", { exact: true }).fill(this.source);
    await dialog.getByLabel("URL").fill(url);
    await dialog.getByRole("button", { name: "Add source" }).click();
    await dialog.getByRole("region", { name: "Sources in this footnote" }).getByText(this.source, { exact: true }).waitFor({ timeout: 20_000 });
    await dialog.getByRole("button", { name: "Insert footnote" }).click();
    await dialog.waitFor({ state: "hidden", timeout: 20_000 });
    this.counts.cite += 1;
  }

  /** The text around the caret (debugging). */
  around(): Promise<string> {
    return this.page.evaluate((selector) => {
      const ed = (document.querySelector(selector) as unknown as { editor: { state: { selection: { from: number }; doc: { textBetween(a: number, b: number, s: string, l: string): string; content: { size: number } } } } }).editor;
      const { from } = ed.state.selection;
      const doc = ed.state.doc;
      return `${doc.textBetween(Math.max(0, from - 14), from, "|", "[n]")}^${doc.textBetween(from, Math.min(doc.content.size, from + 14), "|", "[n]")}`;
    }, textbox);
  }

  /** The editor's document as ProseMirror JSON. */
  json(): Promise<unknown> {
    return this.page.evaluate((selector) => (document.querySelector(selector) as unknown as { editor: { getJSON(): unknown } }).editor.getJSON(), textbox);
  }

  status(): Promise<string | null> {
    return this.page.getByTestId("connection-status").textContent();
  }
}
