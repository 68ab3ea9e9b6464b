"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type DragEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { focusRing } from "@/components/ui/focus";
import type { LocalizedResult } from "@/server/shared/result";

export type RunOfShowRow = {
  id: string;
  title: string;
  titleLang: string;
  vip: string;
  duration: string;
  status: string;
  statusLabel: string;
  cues: string[];
};

type Props = {
  sessionId: string;
  eventId: string;
  rows: RunOfShowRow[];
  reorder: (input: { sessionId: string; eventId: string; order: string[] }) => Promise<LocalizedResult<unknown>>;
};

/**
 * The running order: drag a row, or focus it and press Alt+ArrowUp/Down, or use the buttons.
 * Each change is saved as the full order and announced in a live region; on failure the
 * previous order comes back and the reason is announced.
 */
export function RunOfShowList({ sessionId, eventId, rows, reorder }: Props) {
  const t = useTranslations("videos.runOfShow");
  const router = useRouter();
  const [order, setOrder] = useState(rows.map((r) => r.id));
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const current = order.filter((id) => byId.has(id));

  function commit(next: string[], movedId: string) {
    const previous = current;
    setOrder(next);
    const position = next.indexOf(movedId) + 1;
    startTransition(async () => {
      const result = await reorder({ sessionId, eventId, order: next });
      if (result.ok) {
        setAnnouncement(t("moved", { title: byId.get(movedId)?.title ?? "", position, count: next.length }));
        router.refresh();
      } else {
        setOrder(previous);
        setAnnouncement(t("saveFailed", { message: result.message }));
      }
      requestAnimationFrame(() => document.getElementById(`ros-${movedId}`)?.focus());
    });
  }

  function move(id: string, delta: -1 | 1) {
    const from = current.indexOf(id);
    const to = from + delta;
    if (to < 0 || to >= current.length) return;
    const next = [...current];
    [next[from], next[to]] = [next[to], next[from]];
    commit(next, id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, id: string) {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    move(id, event.key === "ArrowUp" ? -1 : 1);
  }

  function onDrop(event: DragEvent<HTMLLIElement>, targetId: string) {
    event.preventDefault();
    if (!dragging || dragging === targetId) return;
    const next = current.filter((id) => id !== dragging);
    next.splice(current.indexOf(targetId), 0, dragging);
    commit(next, dragging);
    setDragging(null);
  }

  if (current.length === 0) return <p>{t("empty")}</p>;
  return (
    <>
      <ol className="space-y-3" aria-describedby="ros-help">
        {current.map((id, index) => {
          const row = byId.get(id)!;
          return (
            <li
              key={id}
              id={`ros-${id}`}
              tabIndex={0}
              draggable
              data-testid="run-of-show-item"
              aria-label={`${t("position", { position: index + 1 })}: ${row.title}`}
              onKeyDown={(e) => onKeyDown(e, id)}
              onDragStart={(e) => {
                setDragging(id);
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", id);
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, id)}
              onDragEnd={() => setDragging(null)}
              className={`flex flex-wrap items-start gap-4 rounded-xl border bg-white p-4 shadow-sm ${dragging === id ? "opacity-50" : ""} border-stone-200 ${focusRing}`}
            >
              <span aria-hidden className="cursor-grab select-none pt-1 text-stone-400">
                ⋮⋮
              </span>
              <span className="w-8 pt-1 text-lg font-bold tabular-nums text-stone-500">{index + 1}</span>
              <div className="min-w-56 flex-1 space-y-1">
                <p className="font-semibold text-stone-900" lang={row.titleLang}>
                  {row.title}
                </p>
                <p className="text-sm text-stone-700">
                  {row.vip} · {row.duration} · {row.statusLabel}
                </p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600" aria-label={t("cue")}>
                  {row.cues.map((cue) => (
                    <li key={cue} className="tabular-nums">
                      {cue}
                    </li>
                  ))}
                </ul>
              </div>
              <div className="flex gap-2">
                <Button variant="secondary" onClick={() => move(id, -1)} disabled={index === 0} aria-label={`${t("moveUp")}: ${row.title}`}>
                  {t("moveUp")}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => move(id, 1)}
                  disabled={index === current.length - 1}
                  aria-label={`${t("moveDown")}: ${row.title}`}
                >
                  {t("moveDown")}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <p id="ros-help" className="sr-only">
        {t("lead")}
      </p>
      <p aria-live="assertive" role="status" className="sr-only" data-testid="run-of-show-announcement">
        {announcement}
      </p>
    </>
  );
}
