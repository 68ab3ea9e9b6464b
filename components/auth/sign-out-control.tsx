"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

export type SignOutText = { button: string; pending: string; failed: string };

export type SignOutProps = {
  /** Where to land afterwards; the sign-out page confirms the user is signed out. */
  callbackUrl?: string;
  /** "button" is the full-width card button; "link" a compact control; "menu" a row of the signed-in menu. */
  variant?: "button" | "link" | "menu";
  className?: string;
};

const VARIANT_CLASSES: Record<NonNullable<SignOutProps["variant"]>, (extra: string) => string> = {
  button: (extra) => buttonClasses("primary", `w-full ${extra}`),
  link: (extra) => buttonClasses("ghost", `min-h-9 py-1.5 ${extra}`),
  menu: (extra) => buttonClasses("ghost", `w-full justify-start px-3 font-medium ${extra}`),
};

/** POSTs to next-auth's sign-out (which deletes this browser's AuthSession) and navigates. Text from sign-out-button.tsx. */
export function SignOutControl({
  callbackUrl = "/sign-out",
  variant = "button",
  className = "",
  text,
}: SignOutProps & { text: SignOutText }) {
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
      <button type="button" onClick={onClick} disabled={pending} className={VARIANT_CLASSES[variant](className)}>
        {pending ? text.pending : text.button}
      </button>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {text.failed}
        </p>
      )}
    </>
  );
}
