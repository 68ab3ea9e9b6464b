import "server-only";
import type { ActionResult } from "@/server/shared/result";
import { localizedForReader } from "@/server/i18n/localize-result";
import type { FormValues } from "./form-input.ts";

/** What a form's server action hands back to useActionState: the result plus what was typed. */
export type FormState = { result: ActionResult<unknown>; values: FormValues; at: number } | null;

/** The result in the reader's language, with what they typed, for the form to show. */
export async function formState(result: ActionResult<unknown>, values: FormValues): Promise<FormState> {
  return { result: await localizedForReader(result), values, at: Date.now() };
}
