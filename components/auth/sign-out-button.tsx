"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

type Props = {
  /** Where to land afterwards; the sign-out page confirms the user is signed out. */
  callbackUrl?: string;
  /** "button" is the full-width card button; "link" a compact control; "menu" a row of the signed-in menu. */
  variant?: "button" | "link" | "menu";
  className?: string;
};

const VARIANT_CLASSES: Record<NonNullable<Props["variant"]>, (extra: string) => string> = {
  button: (extra) => buttonClasses("primary", `w-full ${extra}`),
  link: (extra) => buttonClasses("ghost", `min-h-9 py-1.5 ${extra}`),
  menu: (extra) => buttonClasses("ghost", `w-full justify-start px-3 font-medium ${extra}`),
};

/** POSTs to next-auth's sign-out (which deletes this browser's AuthSession) and navigates. */
export function SignOutButton({ callbackUrl = "/sign-out", variant = "button", className = "" }: Props) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setPending(true);
    setFailed(false);
    try {
      // Loaded on click: the button is in every signed-in page's header, next-auth's client is not needed before.
      const { signOut } = await import("next-auth/react");
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
        className={VARIANT_CLASSES[variant](className)}
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
