// A horizontal bar chart in plain CSS: one row per item, bar width relative to the largest.
// Big type and strong contrast so it reads from the back of a hall on a venue screen.
export type Bar = { key: string; label: string; value: number; lang?: string };

export function BarList({ title, bars, empty }: { title: string; bars: Bar[]; empty: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <section aria-label={title} className="rounded-2xl bg-slate-900/80 p-6 ring-1 ring-white/10">
      <h2 className="mb-4 text-2xl font-semibold tracking-wide text-sky-200 lg:text-3xl">{title}</h2>
      {bars.length === 0 ? (
        <p className="text-xl text-slate-400">{empty}</p>
      ) : (
        <ul className="space-y-3">
          {bars.map((b) => (
            <li key={b.key} className="grid grid-cols-[minmax(8rem,40%)_1fr_3.5rem] items-center gap-3 text-xl lg:text-2xl">
              <span lang={b.lang} className="truncate text-slate-100" title={b.label}>{b.label}</span>
              <span className="h-6 overflow-hidden rounded-full bg-white/10" aria-hidden>
                <span
                  className="block h-full rounded-full bg-gradient-to-r from-sky-500 to-emerald-400 transition-[width] duration-700 ease-out"
                  style={{ width: `${(b.value / max) * 100}%` }}
                />
              </span>
              <span className="text-right font-bold tabular-nums text-white">{b.value}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
