import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-md flex-col gap-3 px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600">There is nothing at this address. It may have been moved or never existed.</p>
      <Link href="/" className="text-blue-700 underline">Go to Folio</Link>
    </main>
  );
}
