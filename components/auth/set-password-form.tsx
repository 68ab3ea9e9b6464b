"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useActionState, useId } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/password-reset-schema";
import { inputClasses } from "./field-styles";

type Result = { ok: true; data: { email: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Props = { token: string; action: (previous: unknown, formData: FormData) => Promise<Result> };

export function SetPasswordForm({ token, action }: Props) {
  const t = useTranslations("auth.setPassword");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);

  if (state?.ok) {
    return (
      <div role="status" className="space-y-4">
        <h2 className="text-lg font-semibold text-stone-900">{t("doneTitle")}</h2>
        <p className="text-sm leading-6 text-stone-700">{t("done")}</p>
        <Link href="/sign-in" className={buttonClasses("primary")}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !errors.password && !errors.confirm ? state.message : undefined;
  const field = (name: "password" | "confirm", label: string, hint?: string) => {
    const error = errors[name]?.[0];
    const describedBy = [hint ? `${id}-${name}-hint` : "", error ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
    return (
      <div className="space-y-1.5">
        <label htmlFor={`${id}-${name}`} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          name={name}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClasses(Boolean(error))}
        />
        {hint && (
          <p id={`${id}-${name}-hint`} className="text-sm text-stone-600">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-${name}-error`} className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={formAction} noValidate className="space-y-5" aria-busy={pending}>
      {formError && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {formError}{" "}
          <Link href="/forgot-password" className={cx("rounded-sm font-medium underline underline-offset-2", focusRing)}>
            {t("askAgain")}
          </Link>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      {field("password", t("password"), t("passwordHint", { min: PASSWORD_MIN_LENGTH }))}
      {field("confirm", t("confirm"))}
      <button type="submit" disabled={pending} className={buttonClasses("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
