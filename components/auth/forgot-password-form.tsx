"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useActionState, useId, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { inputClasses } from "./field-styles";

type Result = { ok: true; data: { sent: true; email: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Props = { action: (previous: unknown, formData: FormData) => Promise<Result> };

export function ForgotPasswordForm({ action }: Props) {
  const t = useTranslations("auth.forgot");
  const id = useId();
  const [email, setEmail] = useState("");
  const [state, formAction, pending] = useActionState(action, null);

  if (state?.ok) {
    return (
      <div role="status" className="space-y-4">
        <h2 className="text-lg font-semibold text-stone-900">{t("sentTitle")}</h2>
        <p className="text-sm leading-6 text-stone-700">{t("sent", { email: state.data.email || email })}</p>
        <Link href="/sign-in" className={cx("inline-block rounded-sm font-medium text-brand-700 underline underline-offset-2", focusRing)}>
          {t("backToSignIn")}
        </Link>
      </div>
    );
  }
  const fieldError = state && !state.ok ? state.fieldErrors?.email?.[0] : undefined;
  const formError = state && !state.ok && !fieldError ? state.message : undefined;
  return (
    <form
      action={formAction}
      // The address typed before this island hydrated is in the field, not in state: read it at submit.
      onSubmit={(e) => setEmail(String(new FormData(e.currentTarget).get("email") ?? ""))}
      noValidate
      className="space-y-5"
      aria-busy={pending}
    >
      {formError && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {formError}
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium text-stone-800">
          {t("email")}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          // Uncontrolled, so what a reader types before hydration is not reset by it.
          defaultValue={email}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-email-error` : undefined}
          className={inputClasses(Boolean(fieldError))}
        />
        {fieldError && (
          <p id={`${id}-email-error`} className="text-sm text-red-700">
            {fieldError}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClasses("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
