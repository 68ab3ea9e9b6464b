"use client";

import { useRef, useState, useTransition } from "react";
import { wallClock } from "@/lib/timetable/wall-clock";
import type { BoardSession, RescheduleAction } from "./board-types";

export type Times = { startMs: number; endMs: number };
type Draft = Times & { sessionId: string; origin: Times; version: number };
export type Problem =
  | { kind: "warnings"; message: string; warnings: string[] }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string; details: string[] };

/**
 * The one session being moved on the grid (the draft), its save through the session form's
 * server path, and what came back: warnings keep the draft until "Move anyway" or Cancel; a
 * conflict or an error puts the session back where it was. Saved times are shown at once and
 * until the refreshed page carries the new version.
 */
export function useReschedule(action: RescheduleAction, say: (kind: "saved" | "notSaved", session: BoardSession, times: Times) => void) {
  const [draft, setDraftState] = useState<Draft | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const [saved, setSaved] = useState<Record<string, Times & { version: number }>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  const setDraft = (d: Draft | null) => {
    draftRef.current = d;
    setDraftState(d);
  };

  /** Where the grid shows a session now: the draft, else a save newer than the page, else the page. */
  function shown(s: BoardSession): Times & { version: number } {
    const after = saved[s.id];
    const base = after && after.version > s.version ? after : { startMs: s.startMs, endMs: s.endMs, version: s.version };
    const d = draftRef.current ?? draft;
    return d?.sessionId === s.id ? { ...base, startMs: d.startMs, endMs: d.endMs } : base;
  }

  function begin(s: BoardSession): Times {
    const d = draftRef.current;
    if (d?.sessionId === s.id) return d;
    const at = shown(s);
    setProblem(null);
    setDraft({
      sessionId: s.id,
      startMs: at.startMs,
      endMs: at.endMs,
      origin: { startMs: at.startMs, endMs: at.endMs },
      version: at.version,
    });
    return at;
  }

  function change(times: Times) {
    const d = draftRef.current;
    if (d) setDraft({ ...d, ...times });
  }

  function cancel(): Draft | null {
    const d = draftRef.current;
    setDraft(null);
    setProblem(null);
    return d;
  }

  function save(s: BoardSession, acceptWarnings = false) {
    const d = draftRef.current;
    if (!d || d.sessionId !== s.id || pending) return;
    if (d.startMs === d.origin.startMs && d.endMs === d.origin.endMs) {
      setDraft(null);
      return;
    }
    startTransition(async () => {
      const result = await action({
        sessionId: s.id,
        version: d.version,
        startLocal: wallClock(d.startMs, s.hostZone),
        endLocal: wallClock(d.endMs, s.hostZone),
        acceptWarnings,
      });
      if (result.ok) {
        setSaved((all) => ({ ...all, [s.id]: { startMs: d.startMs, endMs: d.endMs, version: result.data.version } }));
        setDraft(null);
        setProblem(null);
        say("saved", s, d);
      } else if (result.code === "warnings") {
        setProblem({ kind: "warnings", message: result.message, warnings: result.warnings.map((w) => w.message) });
      } else {
        setDraft(null);
        if (result.code === "conflict") setProblem({ kind: "conflict", message: result.message });
        else
          setProblem({
            kind: "error",
            message: result.message,
            details: result.code === "invalid" ? Object.values(result.fieldErrors).flat() : [],
          });
        say("notSaved", s, d.origin);
      }
    });
  }

  return { draft, shown, begin, change, cancel, save, pending, problem, dismiss: () => setProblem(null) };
}
