"use client";

import { useRefreshOnFocus } from "./use-refresh-on-focus";

/** Re-reads the page's server data when its tab regains focus (review statuses, queue, threads). */
export function RefreshOnFocus() {
  useRefreshOnFocus();
  return null;
}
