"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButtonClass } from "./field-styles";

type Props = {
  /** Where to land afterwards; the sign-out page confirms the user is signed out. */
  callbackUrl?: string;
  /** "button" is the full-width card button; "link" suits a header or menu. */
  variant?: "button" | "link";
  className?: string;
};

const linkVariant =
  "rounded-sm text-sm font-medium text-stone-700 underline-offset-2 hover:text-brand-700 hover:underline " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-wait";

/** POSTs to next-auth's sign-out (which deletes this browser's AuthSession) and navigates. */
export function SignOutButton({ callbackUrl = "/sign-out", variant = "button", className = "" }: Props) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setPending(true);
    setFailed(false);
    try {
      await signOut({ callbackUrl }); // full navigation on success
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className={`${variant === "link" ? linkVariant : primaryButtonClass} ${className}`}
      >
        {pending ? t("signOut.pending") : t("signOut.button")}
      </button>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("signOut.failed")}
        </p>
      )}
    </>
  );
}
