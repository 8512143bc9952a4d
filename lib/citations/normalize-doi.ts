const doiPattern = /^10\.\d{4,9}\/\S+$/;

/** Returns the bare, lowercased DOI from `10.…`, `doi:10.…` or a doi.org URL, or null when it is not a DOI. */
export function normalizeDoi(doi: string): string | null {
  let value = doi.trim().replace(/^doi:\s*/i, "");
  const fromUrl = /^https?:\/\/(?:dx\.)?doi\.org\/(.+)$/i.exec(value);
  if (fromUrl?.[1]) {
    try {
      value = decodeURIComponent(fromUrl[1]);
    } catch {
      return null;
    }
  }
  value = value.toLowerCase();
  return doiPattern.test(value) ? value : null;
}
