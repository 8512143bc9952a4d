import type { ReactNode } from "react";
import { clsx } from "clsx";

const tones = {
  slate: "bg-slate-100 text-slate-700",
  blue: "bg-blue-100 text-blue-800",
  green: "bg-green-100 text-green-800",
  amber: "bg-amber-100 text-amber-800",
  red: "bg-red-100 text-red-800",
} as const;

export function Badge({ tone = "slate", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={clsx("inline-block rounded px-2 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>;
}
