import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentUser, type CurrentUser } from "@/server/auth/current-user";
import { failFastWhenDatabaseDown, unlessDatabaseDown } from "@/server/db/unless-database-down";
import { localizeResult, readerLocale } from "@/server/i18n/localize-result";
import { formToInput, formValues, type FormValues } from "@/server/organizer/shared/form-input";
import type { FormState } from "@/server/organizer/shared/form-state";
import type { ActionResult, LocalizedResult } from "@/server/shared/result";

// The one boundary every server action goes through (docs/decisions/002-action-boundary.md).
// It does, once, what each action used to repeat: who is calling (getCurrentUser, which also
// refuses a foreign Origin), the form's values, the database-down answer (unlessDatabaseDown),
// the result in the reader's language, and cache invalidation after a success. The server
// function still does the authorization and validation. An action states only its input,
// its server function and what a success invalidates or where it leads:
//
//   export const updateVenueAction = formAction({ run: updateVenue, invalidate: () => layout("/organizer/events/[eventId]") });

type Run<I, T> = (actor: CurrentUser | null, input: I) => Promise<ActionResult<T>>;

/** A path to revalidate after a success: a page, or a layout with everything under it. */
export type Invalidation = { path: string; type?: "layout" | "page" };
export const page = (path: string): Invalidation => ({ path });
export const layout = (path: string): Invalidation => ({ path, type: "layout" });

function invalidateAll(list: Invalidation | Invalidation[] | undefined): void {
  for (const { path, type } of list === undefined ? [] : Array.isArray(list) ? list : [list]) {
    if (type) revalidatePath(path, type);
    else revalidatePath(path);
  }
}

type FormSpec<I, T, L> = {
  /** Form values → the server function's input (default: formToInput, dotted names nest). */
  input?: (values: FormValues, form: FormData) => I | Promise<I>;
  run: Run<I, T>;
  /** What a success makes stale. */
  invalidate?: (data: T, values: FormValues) => Invalidation | Invalidation[] | undefined;
  /** Where a success leads (after invalidating); the form is left behind. */
  redirect?: (data: T, values: FormValues) => string | undefined;
  /** What the form shows after a success (default: what was typed). A failure always keeps what was typed. */
  keep?: (data: T, values: FormValues) => FormValues;
  /** Localizes text inside a success's data (a failure's message is localized by the boundary). */
  localizeData?: (data: T, locale: Locale) => L;
  /** Fields never sent back to the browser, after a failure either (passwords). */
  secret?: string[];
};

/** A useActionState form: (previous state, FormData) → FormState. */
export function formAction<I = Record<string, unknown>, T = unknown, L = T>(spec: FormSpec<I, T, L>) {
  const toInput = spec.input ?? ((values: FormValues) => formToInput(values) as I);
  // The previous state is not read (unknown lets any form's state type take this action).
  const blank = (values: FormValues): FormValues =>
    spec.secret ? { ...values, ...Object.fromEntries(spec.secret.map((k) => [k, ""])) } : values;
  return async function action(_prev: unknown, formData: FormData): Promise<FormState<L>> {
    const typed = formValues(formData);
    const result = await unlessDatabaseDown(async () => spec.run(await getCurrentUser(), await toInput(typed, formData)));
    const values = blank(typed);
    const locale = await readerLocale();
    if (!result.ok) return { result: localizeResult(result, locale), values, at: Date.now() };
    invalidateAll(spec.invalidate?.(result.data, values));
    const next = spec.redirect?.(result.data, values);
    if (next) redirect(next);
    const data = spec.localizeData ? spec.localizeData(result.data, locale) : (result.data as unknown as L);
    return { result: { ok: true, data }, values: blank(spec.keep ? spec.keep(result.data, values) : values), at: Date.now() };
  };
}

type CallSpec<P, I, T> = {
  /** The caller's argument → the server function's input (default: passed on unchanged). */
  input?: (params: P) => I;
  run: Run<I, T>;
  invalidate?: (data: T, params: P) => Invalidation | Invalidation[] | undefined;
};

/** An action called from client code with an object (not a form): answers the localized ActionResult. */
export function callAction<P, I = P, T = unknown>(spec: CallSpec<P, I, T>) {
  const toInput = spec.input ?? ((params: P) => params as unknown as I);
  return async function action(params: P): Promise<LocalizedResult<T>> {
    const result = await unlessDatabaseDown(async () => spec.run(await getCurrentUser(), toInput(params)));
    if (result.ok) invalidateAll(spec.invalidate?.(result.data, params));
    return localizeResult(result, await readerLocale());
  };
}

type PostSpec<I, T> = {
  /** Where a signed-out caller comes back to after signing in. */
  signInReturn: (form: FormData) => string;
  input: (form: FormData) => I;
  run: (actor: CurrentUser, input: I) => Promise<ActionResult<T>>;
  /** Where the browser goes with the outcome (plain form posts answer by redirecting). */
  then: (result: ActionResult<T>, form: FormData) => string;
};

/**
 * A plain form post that works without JavaScript and answers by redirecting (register,
 * cancel, bookmark). While the database is known to be down it fails at once (the error
 * page says to try again); a signed-out caller is sent to sign in and back.
 */
export function postAction<I, T>(spec: PostSpec<I, T>) {
  return async function action(form: FormData): Promise<void> {
    failFastWhenDatabaseDown();
    const user = await getCurrentUser();
    if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(spec.signInReturn(form))}`);
    redirect(spec.then(await spec.run(user, spec.input(form)), form));
  };
}
