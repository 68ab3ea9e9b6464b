"use client";

import { useEffect } from "react";
import { useErrorText } from "@/components/layout/error-text";
import { Button } from "@/components/ui/button";

// Errors inside the root layout land here, with the layout (and the text it translated) intact.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorText();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{t.title}</h1>
      <p className="mt-4 text-lg text-stone-600">{t.body}</p>
      <Button className="mt-8" onClick={reset}>
        {t.retry}
      </Button>
      {error.digest && <p className="mt-6 font-mono text-xs text-stone-500">{t.reference.replace("{digest}", error.digest)}</p>}
    </div>
  );
}
