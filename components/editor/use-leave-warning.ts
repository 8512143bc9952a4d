"use client";

import { useEffect } from "react";

/**
 * Asks the browser to confirm leaving the page (reload, close, navigate away) when `wouldLoseWork()` says so at
 * that moment: asked then, not from the last render, so a change that has just reached safety never prompts.
 */
export function useLeaveWarning(wouldLoseWork: (() => boolean) | null): void {
  useEffect(() => {
    if (!wouldLoseWork) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!wouldLoseWork()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [wouldLoseWork]);
}
