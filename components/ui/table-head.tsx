/** The header row of a data table: one column header per label. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-slate-100 text-slate-700">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="px-3 py-2">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
