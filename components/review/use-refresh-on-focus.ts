"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { reviewStatusEvent } from "@/lib/collab/review-status-message";

/** Re-reads server data (review status, threads) when a review status changes in the profile (live, over its presence room) and when the tab regains focus. */
export function useRefreshOnFocus(): void {
  const router = useRouter();
  useEffect(() => {
    const handleVisible = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const handleStatus = () => router.refresh();
    window.addEventListener("focus", handleVisible);
    document.addEventListener("visibilitychange", handleVisible);
    window.addEventListener(reviewStatusEvent, handleStatus);
    return () => {
      window.removeEventListener(reviewStatusEvent, handleStatus);
      window.removeEventListener("focus", handleVisible);
      document.removeEventListener("visibilitychange", handleVisible);
    };
  }, [router]);
}
