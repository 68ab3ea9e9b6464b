// A horizontal bar chart in plain CSS: one row per item, bar width relative to the largest.
// Big type and strong contrast so it reads from the back of a hall on a venue screen.
export type Bar = { key: string; label: string; value: number; lang?: string };

export function BarList({ title, bars, empty }: { title: string; bars: Bar[]; empty: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <section aria-label={title} className="min-w-0 rounded-2xl bg-slate-900/80 p-5 ring-1 ring-white/10 sm:p-6">
      <h2 className="mb-4 text-2xl font-semibold tracking-wide break-words text-sky-200 lg:text-3xl">{title}</h2>
      {bars.length === 0 ? (
        <p className="text-xl text-slate-400">{empty}</p>
      ) : (
        <ul className="space-y-3">
          {bars.map((b) => (
            // Labels wrap, never cut: on a phone the label takes its own line above the bar.
            <li
              key={b.key}
              className="grid grid-cols-[minmax(0,1fr)_3.5rem] items-center gap-x-3 gap-y-1 text-xl sm:grid-cols-[minmax(8rem,40%)_minmax(0,1fr)_3.5rem] lg:text-2xl"
            >
              <span
                lang={b.lang}
                data-testid="tally-bar-label"
                className="col-span-2 leading-tight break-words text-slate-100 sm:col-span-1"
              >
                {b.label}
              </span>
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
