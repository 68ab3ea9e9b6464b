"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

/** A read-only field with a copy button; without JavaScript the field can still be selected and copied. */
export function CopyField({
  id,
  label,
  value,
  copyLabel,
  copiedLabel,
  failedLabel,
}: {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  failedLabel: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs text-stone-900"
        />
        <button type="button" onClick={copy} className={buttonClasses("secondary")}>
          {copyLabel}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-xs text-stone-700">
        {state === "copied" ? copiedLabel : state === "failed" ? failedLabel : ""}
      </p>
    </div>
  );
}
