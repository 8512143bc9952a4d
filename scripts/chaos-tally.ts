/** The unique token a chaos typist types as its `seq`-th word. */
export function chaosToken(client: number, seq: number): string {
  return `[${client}-${String(seq).padStart(5, "0")}]`;
}

export interface ChaosTally {
  typed: number;
  lost: number;
  duplicated: number;
}

const tokenPattern = /\[\d+-\d{5}\]/g;

/**
 * Counts, in characters, the typed tokens missing from `text` and everything present more than once or not typed
 * at all (a token split or repeated by a bad merge shows up as both).
 */
export function tallyChaos({ text, seed, typed }: { text: string; seed: string; typed: string[] }): ChaosTally {
  const seen = new Map<string, number>();
  let matched = 0;
  for (const m of text.matchAll(tokenPattern)) {
    seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
    matched += m[0].length;
  }
  let lost = 0;
  let duplicated = 0;
  const expected = new Set(typed);
  for (const token of typed) {
    const n = seen.get(token) ?? 0;
    if (n === 0) lost += token.length;
    if (n > 1) duplicated += (n - 1) * token.length;
  }
  for (const [token, n] of seen) if (!expected.has(token)) duplicated += n * token.length;
  const body = text.startsWith(seed) ? text.length - seed.length : text.length;
  duplicated += Math.max(0, body - matched);
  if (!text.startsWith(seed)) lost += seed.length;
  return { typed: typed.reduce((sum, t) => sum + t.length, 0), lost, duplicated };
}
