// Shared Tailwind classes for the auth forms, so the sign-in and sign-out cards match.

export const inputClass =
  "block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm " +
  "placeholder:text-stone-400 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 " +
  "disabled:cursor-not-allowed disabled:bg-stone-100";

export const inputBorder = (invalid: boolean) =>
  invalid ? "border-red-600 focus:outline-red-600" : "border-stone-300";

export const primaryButtonClass =
  "inline-flex w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-2.5 " +
  "text-sm font-semibold text-white shadow-sm transition-colors hover:bg-brand-700 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 " +
  "disabled:cursor-wait disabled:opacity-70";

export const secondaryButtonClass =
  "inline-flex w-full items-center justify-center rounded-lg border border-stone-300 bg-white px-4 py-2.5 " +
  "text-sm font-semibold text-stone-800 shadow-sm transition-colors hover:bg-stone-50 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export const linkClass =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 rounded-sm";

export const cardClass = "rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8";
