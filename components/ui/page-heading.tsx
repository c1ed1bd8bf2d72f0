export function PageHeading({ title, intro }: { title: string; intro?: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
    </div>
  );
}

export const tableClass = "w-full border-collapse bg-white text-left text-sm";
export const thClass = "border-b-2 border-slate-400 px-3 py-2 font-semibold";
export const tdClass = "border-b border-slate-200 px-3 py-2 align-top";
