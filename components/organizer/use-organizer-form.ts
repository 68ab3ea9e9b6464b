"use client";

import { useActionState } from "react";
import type { FormValues } from "@/server/organizer/shared/form-input";
import type { FormState } from "@/server/organizer/shared/form-state";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Wires a form to its server action. After a failed save the form is re-rendered (new key)
 * with what the organizer typed, so nothing is lost; field errors are looked up by name.
 */
export function useOrganizerForm(action: FormAction, initial: FormValues) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.result.ok ? state.values : initial;
  const fieldErrors = state && !state.result.ok && state.result.code === "invalid" ? state.result.fieldErrors : {};
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const list = (name: string) => {
    const v = values[`${name}[]`];
    return Array.isArray(v) ? v : [];
  };
  /** Messages for `name` itself, and with `nested` for its parts too ("languages.1"). */
  const error = (name: string, nested = false) => {
    const keys = Object.keys(fieldErrors).filter((k) => k === name || (nested && k.startsWith(`${name}.`)));
    const messages = keys.flatMap((k) => fieldErrors[k]);
    return messages.length > 0 ? messages : undefined;
  };
  return { state, formAction, pending, formKey: state?.at ?? 0, value, list, error };
}

export type OrganizerForm = ReturnType<typeof useOrganizerForm>;
