"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-reads server data (review status, threads) when the tab regains focus: the fallback until the profile's live channel carries review events. */
export function useRefreshOnFocus(): void {
  const router = useRouter();
  useEffect(() => {
    const handleVisible = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    window.addEventListener("focus", handleVisible);
    document.addEventListener("visibilitychange", handleVisible);
    return () => {
      window.removeEventListener("focus", handleVisible);
      document.removeEventListener("visibilitychange", handleVisible);
    };
  }, [router]);
}
