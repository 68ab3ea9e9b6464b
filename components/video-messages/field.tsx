import type { ReactNode } from "react";
import { RequiredMark } from "@/components/organizer/form-fields";
import { cx } from "@/components/ui/cx";

// A labelled form control with its hint and field-level errors wired up for screen readers.
export const controlClasses = (invalid: boolean) =>
  cx(
    "block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus:outline-none focus:ring-2",
    invalid ? "border-red-600 focus:ring-red-600" : "border-stone-300 focus:border-brand-600 focus:ring-brand-600",
  );

export function Field({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Marks the label as the other forms do; the control itself carries `required`. */
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
        {required && <RequiredMark />}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}
