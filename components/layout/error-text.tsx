"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The error boundary's four strings, translated by the root layout (app/error.tsx reads them). */
export type ErrorText = { title: string; body: string; retry: string; /** "{digest}" marks the reference. */ reference: string };

const Context = createContext<ErrorText>({
  title: "Something went wrong",
  body: "The page could not be shown. Please try again in a few seconds.",
  retry: "Try again",
  reference: "Reference: {digest}",
});

/** Not a translation provider: only the error page's text, so no page ships the catalogue. */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <Context value={text}>{children}</Context>;
}

export const useErrorText = () => useContext(Context);
