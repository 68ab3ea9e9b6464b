import "server-only";
import type { LocalizedResult } from "@/server/shared/result";
import type { FormValues } from "./form-input.ts";

/**
 * What a form's server action hands back to useActionState: the result in the reader's
 * language plus what was typed (built by formAction in server/actions/define-action.ts).
 */
export type FormState<T = unknown> = { result: LocalizedResult<T>; values: FormValues; at: number } | null;
