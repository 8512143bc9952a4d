"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Tabs } from "radix-ui";
import type { SourceSummary } from "@/lib/citations/queries";
import { Button } from "@/components/ui/button";
import { sourceApi, type DuplicateSource } from "./source-api";

const tabClass = "rounded-t px-3 py-1.5 text-sm data-[state=active]:border-b-2 data-[state=active]:border-blue-700 data-[state=active]:font-medium";
const inputClass = "rounded border border-slate-300 px-2 py-1 text-sm";

/** Find a registry source, paste BibTeX/RIS/CSL-JSON/DOI, or enter one by hand; calls onPick with the source. */
export function SourcePicker({ onPick }: { onPick: (source: SourceSummary) => void }) {
  const [query, setQuery] = useState("");
  // null until the registry has answered once, so "empty" is never said before we know.
  const [results, setResults] = useState<SourceSummary[] | null>(null);
  const [error, setError] = useState<string>();
  // A pasted URL or DOI carries no title: the reader is asked for one instead of getting the URL as title.
  const [askTitle, setAskTitle] = useState(false);
  const [busy, setBusy] = useState(false);
  // A source entered by hand that looks like one in the registry: the candidates, and the input to add anyway.
  const [duplicates, setDuplicates] = useState<{ candidates: DuplicateSource[]; input: Record<string, unknown> } | null>(null);

  useEffect(() => {
    const t = setTimeout(async () => {
      const r = await sourceApi.search(query);
      if (r.ok) setResults(r.data.sources);
    }, 150);
    return () => clearTimeout(t);
  }, [query]);

  async function add(input: Record<string, unknown>) {
    setBusy(true);
    setError(undefined);
    const r = await sourceApi.add(input);
    setBusy(false);
    setDuplicates(null);
    if (!r.ok) {
      if (input.mode === "paste" && r.field === "title") setAskTitle(true);
      if (r.duplicates?.length) setDuplicates({ candidates: r.duplicates, input });
      return setError(r.error);
    }
    setAskTitle(false);
    r.data.sources.forEach(onPick);
  }

  function handlePaste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    void add({ mode: "paste", text: String(f.get("text") ?? ""), title: f.has("title") ? String(f.get("title")) : undefined });
  }

  function handleManual(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    void add({ mode: "manual", ...Object.fromEntries([...f.entries()].map(([k, v]) => [k, String(v)])) });
  }

  return (
    <Tabs.Root defaultValue="find" className="flex flex-col gap-2">
      <Tabs.List aria-label="How to choose a source" className="flex gap-1 border-b border-slate-200">
        <Tabs.Trigger value="find" className={tabClass}>Find</Tabs.Trigger>
        <Tabs.Trigger value="paste" className={tabClass}>Paste</Tabs.Trigger>
        <Tabs.Trigger value="manual" className={tabClass}>Enter by hand</Tabs.Trigger>
      </Tabs.List>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      {duplicates ? (
        <div className="flex flex-col gap-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <ul aria-label="Possible duplicates">
            {duplicates.candidates.map((d) => (
              <li key={d.id} className="flex items-start gap-2 py-1">
                <span className="flex-1">
                  <span className="font-medium">{d.title}</span>
                  {d.url ? <span className="block break-all text-xs text-slate-700">{d.url}</span> : null}
                  <span className="block text-xs text-slate-700">{d.reason === "url" ? "Same URL" : d.reason === "doi" ? "Same DOI" : "Nearly the same title"}</span>
                </span>
                <Button size="sm" variant="secondary" aria-label={`Use ${d.title}`} onClick={() => { setDuplicates(null); setError(undefined); onPick(d); }}>
                  Use
                </Button>
              </li>
            ))}
          </ul>
          <Button size="sm" variant="secondary" className="self-start" disabled={busy} onClick={() => void add({ ...duplicates.input, confirmDuplicate: true })}>
            Add anyway
          </Button>
        </div>
      ) : null}
      <Tabs.Content value="find" className="flex flex-col gap-2">
        <label htmlFor="source-search" className="sr-only">Search sources</label>
        <input id="source-search" type="search" placeholder="Search the registry by title or URL" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} />
        {results === null ? (
          <p role="status" className="text-sm text-slate-600">Loading sources…</p>
        ) : results.length === 0 ? (
          <p className="text-sm text-slate-600">{query ? "No source matches." : "The registry is empty: paste or enter a source."}</p>
        ) : (
          <ul className="max-h-56 overflow-auto text-sm" aria-label="Registry sources">
            {results.map((s) => (
              <li key={s.id} className="flex items-start gap-2 border-b border-slate-100 py-1">
                <span className="flex-1">
                  <span className="font-medium">{s.title}</span>
                  {s.url ? <span className="block break-all text-xs text-slate-500">{s.url}</span> : null}
                </span>
                <Button size="sm" variant="secondary" aria-label={`Use ${s.title}`} onClick={() => onPick(s)}>
                  Use
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Tabs.Content>
      <Tabs.Content value="paste">
        <form onSubmit={handlePaste} className="flex flex-col gap-2">
          <label htmlFor="source-paste" className="text-sm font-medium">BibTeX, RIS, CSL-JSON, a DOI or a URL</label>
          <textarea id="source-paste" name="text" rows={6} required onChange={() => setAskTitle(false)} className={`${inputClass} font-mono`} />
          {askTitle ? (
            <label className="flex flex-col text-sm font-medium">
              Title of the source
              <input name="title" required autoFocus className={inputClass} />
            </label>
          ) : null}
          <Button type="submit" disabled={busy} className="self-start">Read source</Button>
        </form>
      </Tabs.Content>
      <Tabs.Content value="manual">
        <form onSubmit={handleManual} className="grid grid-cols-2 gap-2">
          <label className="col-span-2 flex flex-col text-sm">Title<input name="title" required className={inputClass} /></label>
          <label className="col-span-2 flex flex-col text-sm">URL<input name="url" type="url" className={inputClass} /></label>
          <label className="flex flex-col text-sm">Publisher<input name="publisher" className={inputClass} /></label>
          <label className="flex flex-col text-sm">Published (YYYY-MM-DD)<input name="issued" className={inputClass} /></label>
          <label className="flex flex-col text-sm">Authors (separate with ;)<input name="authors" className={inputClass} /></label>
          <label className="flex flex-col text-sm">
            Type
            <select name="type" defaultValue="webpage" className={inputClass}>
              <option value="webpage">Web page</option>
              <option value="report">Report</option>
              <option value="article-newspaper">News article</option>
              <option value="article-journal">Journal article</option>
              <option value="book">Book</option>
              <option value="legislation">Legislation</option>
              <option value="legal_case">Case</option>
              <option value="document">Other document</option>
            </select>
          </label>
          <label className="col-span-2 flex flex-col text-sm">Title in English (if the original is in another language)<input name="titleTranslation" className={inputClass} /></label>
          <Button type="submit" disabled={busy} className="col-span-2 justify-self-start">Add source</Button>
        </form>
      </Tabs.Content>
    </Tabs.Root>
  );
}
