"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { Problem } from "./use-reschedule";

/**
 * What a move's save answered, as the session form shows it: warnings with "Move anyway" and
 * Cancel, "changed by someone else" with Reload, or why it was not saved. It takes the focus
 * while open and gives it back to where it was (the session's move button) when it closes.
 */
export function RescheduleNotice({
  problem,
  pending,
  onAccept,
  onCancel,
  onDismiss,
}: {
  problem: Problem | null;
  pending: boolean;
  onAccept: () => void;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations("organizer");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!problem) return;
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>("button")?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [problem]);
  if (!problem) return null;
  const tone = problem.kind === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-amber-300 bg-amber-50 text-amber-900";
  return (
    <div
      ref={box}
      role="alert"
      className={`space-y-2 rounded-lg border px-4 py-3 text-sm shadow ${tone}`}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        if (problem.kind === "warnings") onCancel();
        else if (problem.kind === "error") onDismiss();
      }}
    >
      {problem.kind === "warnings" && (
        <>
          <p className="font-semibold">{t("form.warningsTitle")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {problem.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={onAccept} disabled={pending}>
              {t("timetable.moveAnyway")}
            </Button>
            <Button variant="ghost" onClick={onCancel} disabled={pending}>
              {t("form.cancel")}
            </Button>
          </div>
        </>
      )}
      {problem.kind === "conflict" && (
        <>
          <p className="font-semibold">{t("form.conflictTitle")}</p>
          <p>{problem.message}</p>
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {t("form.reload")}
          </Button>
        </>
      )}
      {problem.kind === "error" && (
        <>
          <p className="font-semibold">{problem.message}</p>
          {problem.details.map((d) => (
            <p key={d}>{d}</p>
          ))}
          <Button variant="secondary" onClick={onDismiss}>
            {t("timetable.dismiss")}
          </Button>
        </>
      )}
    </div>
  );
}
