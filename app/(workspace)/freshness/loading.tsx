/** Shown while the freshness page's queries run (a large profile's drill-down takes a moment). */
export default function FreshnessLoading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <p role="status" className="text-2xl font-semibold text-slate-700">
        Loading freshness…
      </p>
      <p className="text-sm text-slate-600">Counting access dates, link checks and archives for every country and section.</p>
      <div className="grid grid-cols-6 gap-2" aria-hidden="true">
        {Array.from({ length: 24 }, (_, i) => (
          <div key={i} className="h-12 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
