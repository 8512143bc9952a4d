import type { CslItem } from "./csl-item";
import { isSafeUrl } from "./is-safe-url";

/** Whether a CSL item has a URL (not blank) that the URL policy refuses. */
export const hasUnsafeUrl = (item: CslItem): boolean => item.URL !== undefined && item.URL.trim() !== "" && !isSafeUrl(item.URL);
