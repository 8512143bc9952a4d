import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex max-w-md flex-col gap-3 px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="text-slate-600">Your role does not include this page. If you need it, ask an admin to change your role.</p>
      <Link href="/countries" className="text-blue-700 underline">Back to countries</Link>
    </main>
  );
}
