import type { ReactNode } from "react";
import { clsx } from "clsx";

export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={clsx(
        "rounded-md border px-3 py-2 text-sm",
        tone === "error" && "border-red-300 bg-red-50 text-red-800",
        tone === "info" && "border-slate-300 bg-white text-slate-700",
        tone === "success" && "border-green-300 bg-green-50 text-green-800",
      )}
    >
      {children}
    </div>
  );
}
