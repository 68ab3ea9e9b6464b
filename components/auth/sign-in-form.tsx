"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import {
  PASSWORD_MAX_LENGTH,
  signInErrorMessageKey,
  signInFieldErrors,
  signInSchema,
  type SignInFieldErrors,
  type SignInMessageKey,
} from "@/lib/validation/sign-in-schema";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "./field-styles";

type Props = {
  /** A same-site path, checked by the page and again here (safeReturnPath). */
  callbackUrl: string;
  /** An error passed back by next-auth in the URL (no-JS fallback), as a message key. */
  initialError?: SignInMessageKey | null;
};

export function SignInForm({ callbackUrl, initialError = null }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [formError, setFormError] = useState<SignInMessageKey | null>(initialError);
  const [pending, setPending] = useState(false);

  const message = (key: SignInMessageKey) => t(`errors.${key}`, { max: PASSWORD_MAX_LENGTH });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const errors = signInFieldErrors(parsed.error);
      setFieldErrors(errors);
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const returnTo = safeReturnPath(callbackUrl);
      const result = await signIn("credentials", { redirect: false, callbackUrl: returnTo, ...parsed.data });
      if (result?.ok && !result.error) {
        router.replace(returnTo);
        router.refresh();
        return; // stay "pending" while the next page loads
      }
      setFormError(signInErrorMessageKey(result?.error));
    } catch {
      setFormError("unexpected");
    }
    setPending(false);
    if (passwordRef.current) passwordRef.current.value = "";
    passwordRef.current?.focus();
  }

  const emailError = fieldErrors.email ? `${id}-email-error` : undefined;
  const passwordError = fieldErrors.password ? `${id}-password-error` : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={pending}>
      {formError && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {message(formError)}
        </div>
      )}

      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium text-stone-800">
          {t("signIn.email")}
        </label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={emailError}
          readOnly={pending}
          className={inputClasses(!!fieldErrors.email)}
        />
        {fieldErrors.email && (
          <p id={emailError} role="alert" className="text-sm text-red-700">
            {message(fieldErrors.email)}
          </p>
        )}
      </div>

      <div className="space-y-1.5">
        <label htmlFor={`${id}-password`} className="block text-sm font-medium text-stone-800">
          {t("signIn.password")}
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={passwordError}
          readOnly={pending}
          className={inputClasses(!!fieldErrors.password)}
        />
        {fieldErrors.password && (
          <p id={passwordError} role="alert" className="text-sm text-red-700">
            {message(fieldErrors.password)}
          </p>
        )}
      </div>

      <button type="submit" disabled={pending} className={buttonClasses("primary", "w-full disabled:cursor-wait")}>
        {pending && <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </button>
    </form>
  );
}
