"use client";

import type { ComponentPropsWithoutRef } from "react";

/**
 * A submit button for a destructive one-click action: the browser asks `confirmText` first
 * and nothing is sent when the reader says no. Without JavaScript the form posts directly.
 */
export function ConfirmSubmit({ confirmText, onClick, ...rest }: ComponentPropsWithoutRef<"button"> & { confirmText: string }) {
  return (
    <button
      type="submit"
      {...rest}
      onClick={(e) => {
        if (!window.confirm(confirmText)) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
    />
  );
}
