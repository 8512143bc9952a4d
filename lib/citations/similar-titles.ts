/** A title folded for duplicate detection: NFKC, case, and everything but letters and digits dropped. */
export function titleKey(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Edit distance of two strings, or `max + 1` as soon as it is known to exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether two titles name the same source by all appearances: equal once case, punctuation and spacing are
 * dropped, or (for keys of 12 characters or more, with the same digits: years and numbers tell sources apart) at
 * most two letters apart.
 */
export function similarTitles(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (ka === "" || kb === "") return false;
  if (ka === kb) return true;
  const digits = (k: string) => k.replace(/\D/g, "");
  return Math.min(ka.length, kb.length) >= 12 && digits(ka) === digits(kb) && boundedEditDistance(ka, kb, 2) <= 2;
}
