import { cx } from "@/components/ui/cx";

// Text inputs for the auth forms (the ui kit has buttons and cards but no inputs yet).
const inputBase =
  "block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm transition " +
  "placeholder:text-stone-400 focus:outline-none focus:ring-2 focus:ring-offset-0 read-only:bg-stone-50";

export function inputClasses(invalid: boolean): string {
  return cx(inputBase, invalid ? "border-red-600 focus:ring-red-600" : "border-stone-300 focus:border-brand-600 focus:ring-brand-600");
}
