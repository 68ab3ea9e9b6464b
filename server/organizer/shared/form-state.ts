import "server-only";
import type { ActionResult } from "@/server/shared/result";
import type { FormValues } from "./form-input.ts";

/** What a form's server action hands back to useActionState: the result plus what was typed. */
export type FormState = { result: ActionResult<unknown>; values: FormValues; at: number } | null;

export function formState(result: ActionResult<unknown>, values: FormValues): FormState {
  return { result, values, at: Date.now() };
}
