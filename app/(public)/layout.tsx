import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="Public" className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-3">
          <Link href="/profiles" className="text-lg font-semibold">Folio profiles</Link>
          <Link href="/login" className="ml-auto text-sm text-slate-700 hover:underline">Sign in</Link>
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
