/**
 * The browser chaos run's verdict on one document: every word a typist put in is there once, whole, and in the
 * order it was typed in; every word a typist took back with undo is gone. Words look like «a12» (typist a, word 12)
 * so a join, a split or a citation next to them never changes how they read; a word typed and then undone is «ua13».
 */
export interface ChaosLedger {
  /** Each run of words one typist put in at one caret (typed one after the other, or pasted), in typing order. */
  phrases: string[][];
  /** Words typed and then undone by their typist. */
  undone: string[];
  /** How each word went in (type, paste, paste-block), to say what a failure needs. */
  how?: Record<string, string>;
}

export interface ChaosTally {
  words: number;
  characters: number;
  lost: string[];
  doubled: string[];
  reordered: string[];
  /** « or » that belong to no whole word: a word broken apart or mixed into another. */
  broken: number;
  /** Undone words still in the document. */
  undoneLeft: string[];
}

const word = /«(u?[a-z]\d+)»/g;

export function tallyChaos(text: string, ledger: ChaosLedger): ChaosTally {
  const found = [...text.matchAll(word)].map((m) => m[1]!);
  const whole = found.length;
  const broken = (text.match(/[«»]/g)?.length ?? 0) - 2 * whole;
  const where = new Map<string, number[]>();
  found.forEach((w, i) => where.set(w, [...(where.get(w) ?? []), i]));
  const lost: string[] = [];
  const doubled: string[] = [];
  const reordered: string[] = [];
  let words = 0;
  let characters = 0;
  for (const phrase of ledger.phrases) {
    let last = -1;
    for (const w of phrase) {
      words += 1;
      characters += w.length + 2;
      const at = where.get(w) ?? [];
      if (at.length === 0) lost.push(w);
      else if (at.length > 1) doubled.push(w);
      else if (at[0]! < last) reordered.push(w);
      if (at.length === 1) last = at[0]!;
    }
  }
  const undoneLeft = ledger.undone.filter((w) => where.has(w));
  return { words, characters, lost, doubled, reordered, broken, undoneLeft };
}

export const tallyIsClean = (t: ChaosTally): boolean =>
  t.lost.length === 0 && t.doubled.length === 0 && t.reordered.length === 0 && t.broken === 0 && t.undoneLeft.length === 0;

/** A small seeded generator (mulberry32): the same seed replays the same choices. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
