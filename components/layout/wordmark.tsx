/** Accord's mark: two overlapping rings (the two sides) and the name. */
export function Wordmark() {
  return (
    <span className="flex items-center gap-2.5">
      <svg aria-hidden viewBox="0 0 32 20" className="h-5 w-8">
        <circle cx="11" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" className="text-brand-600" />
        <circle cx="21" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" className="text-accent-500" />
      </svg>
      <span className="text-xl font-bold tracking-tight text-stone-900">Accord</span>
    </span>
  );
}
