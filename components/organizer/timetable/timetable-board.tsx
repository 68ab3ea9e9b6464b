"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { layoutTimetable, shiftTimes, SUBROWS, type Change } from "@/lib/timetable/timetable-layout";
import { timeRange } from "@/lib/timetable/wall-clock";
import type { BoardSession, BoardSlot, BoardVenue, RescheduleAction } from "./board-types";
import { RescheduleNotice } from "./reschedule-notice";
import { SessionBlock, type DragMode } from "./session-block";
import { useReschedule, type Times } from "./use-reschedule";

const hhmm = (local: string) => local.slice(11, 16);
const noSubscription = () => () => undefined;
const readOnly: RescheduleAction = async () => ({ ok: false, code: "forbidden", message: "" });

type Props = { eventId: string; venues: BoardVenue[]; slots: BoardSlot[]; sessions: BoardSession[]; action?: RescheduleAction };
type Drag = { pointerId: number; y0: number; mode: DragMode; session: BoardSession; origin: Times; moved: boolean; el: HTMLElement };

/**
 * The timetable as a grid: one column per venue (as many lanes as it has parallel sessions),
 * 5-minute sub-rows so every block is as tall as its session lasts. A block drags to another
 * time, its lower edge to another end; from the keyboard, its move button takes arrow keys
 * (30 minutes), Shift+arrow keys (the end), Enter (save) and Escape (cancel). A move is saved
 * through the session form's server path, with its warnings and its version check.
 */
export function TimetableBoard({ eventId, venues, slots, sessions, action }: Props) {
  const t = useTranslations("organizer");
  const hintId = useId();
  const grid = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const [status, setStatus] = useState("");
  // False in the server's HTML, true once hydrated: the controls work from then on (tests wait for it).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const starts = useMemo(() => slots.map((s) => s.at), [slots]);
  const venueName = (id: string) => venues.find((v) => v.venueId === id)?.name ?? "";

  const say = (kind: "moving" | "saved" | "notSaved" | "cancelled" | "edge" | "busy", s: BoardSession, at: Times) =>
    setStatus(
      t(`timetable.${kind}`, { title: s.title, venue: venueName(s.hostVenueId), time: timeRange(at.startMs, at.endMs, s.hostZone) }),
    );
  const r = useReschedule(action ?? readOnly, say);

  // The refresh after a save can move a block's element in the DOM (its lane or its neighbours
  // change), which drops the keyboard focus on the page body: the focused move button is
  // remembered and focused again after every render that lost it.
  const focusedBlock = useRef<string | null>(null);
  const onGridFocus = (e: FocusEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    focusedBlock.current = target.matches("button[aria-pressed]")
      ? (target.closest("[data-block-key]")?.getAttribute("data-block-key") ?? null)
      : null;
  };
  const onGridBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.relatedTarget) focusedBlock.current = null; // the reader moved on; null means the element went away
  };
  useLayoutEffect(() => {
    const key = focusedBlock.current;
    if (!key || (document.activeElement && document.activeElement !== document.body)) return;
    grid.current?.querySelector<HTMLElement>(`[data-block-key="${CSS.escape(key)}"] button[aria-pressed]`)?.focus();
  });

  // Recomputed on every render: a few dozen sessions, and the draft moves them.
  const layout = layoutTimetable(
    starts,
    venues.map((v) => v.venueId),
    sessions.map((s) => ({ id: s.id, venueIds: s.venueIds, ...r.shown(s) })),
  );
  const firstLane: number[] = [];
  for (let i = 0, col = 2; i < layout.length; col += layout[i].lanes, i += 1) firstLane[i] = col;
  const zones = [...new Map(venues.map((v) => [v.timeZone, v])).values()].slice(0, 2);

  function step(s: BoardSession, change: Change) {
    if (r.pending) return say("busy", s, r.shown(s));
    const from = r.begin(s);
    const next = shiftTimes(starts, from, change);
    if (!next) return say("edge", s, from);
    r.change(next);
    say("moving", s, next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, s: BoardSession) {
    const editing = r.draft?.sessionId === s.id;
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      const by = e.key === "ArrowUp" ? -1 : 1;
      step(s, e.shiftKey ? { resize: by } : { move: by });
    } else if (e.key === "Enter" && editing) {
      e.preventDefault();
      r.save(s);
    } else if (e.key === "Escape" && editing) {
      e.preventDefault();
      const was = r.cancel();
      if (was) say("cancelled", s, was.origin);
    }
  }

  function onMoveClick(s: BoardSession) {
    if (r.draft?.sessionId === s.id) r.save(s);
    else say("moving", s, r.begin(s));
  }

  function onPointerDown(e: PointerEvent<HTMLElement>, s: BoardSession, mode: DragMode) {
    if (e.button !== 0 || r.pending) return;
    const at = r.shown(s);
    drag.current = { pointerId: e.pointerId, y0: e.clientY, mode, session: s, origin: at, moved: false, el: e.currentTarget };
  }

  function onPointerMove(e: PointerEvent<HTMLElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const dy = e.clientY - d.y0;
    if (!d.moved) {
      if (Math.abs(dy) < 6) return;
      d.moved = true;
      (d.el.closest("[data-session-block]") as HTMLElement | null)?.setPointerCapture(e.pointerId);
      r.begin(d.session);
    }
    const slotPx = grid.current?.querySelector<HTMLElement>("[data-slot]")?.getBoundingClientRect().height || 60;
    const by = Math.round(dy / slotPx);
    const next = shiftTimes(starts, d.origin, d.mode === "move" ? { move: by } : { resize: by });
    if (next) r.change(next);
  }

  function onPointerUp(e: PointerEvent<HTMLElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    if (!d.moved) return;
    justDragged.current = true;
    setTimeout(() => (justDragged.current = false), 0);
    r.save(d.session);
  }

  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  return (
    <div className="space-y-3" data-timetable-board={hydrated ? "ready" : "static"}>
      {action && (
        <p id={hintId} className="text-sm text-stone-600">
          {t("timetable.moveHint")}
        </p>
      )}
      <div className="sticky top-2 z-30 space-y-2">
        <p role="status" aria-live="polite" className={cx("rounded-lg text-sm", status && "bg-stone-900 px-3 py-2 text-white shadow")}>
          {status}
        </p>
        <RescheduleNotice
          problem={r.problem}
          pending={r.pending}
          onAccept={() => {
            const s = r.draft && sessionById.get(r.draft.sessionId);
            if (s) r.save(s, true);
          }}
          onCancel={() => {
            const was = r.cancel();
            const s = was && sessionById.get(was.sessionId);
            if (s && was) say("cancelled", s, was.origin);
          }}
          onDismiss={r.dismiss}
        />
      </div>
      <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
        <div
          ref={grid}
          className="relative grid min-w-[48rem] text-sm"
          style={{
            gridTemplateColumns: `6rem ${layout.map((v) => `repeat(${v.lanes}, minmax(6.5rem, 1fr))`).join(" ")}`,
            gridTemplateRows: `auto repeat(${slots.length * SUBROWS}, 0.625rem)`,
          }}
          aria-busy={r.pending}
          onFocus={onGridFocus}
          onBlur={onGridBlur}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onClickCapture={(e) => {
            if (justDragged.current) {
              e.preventDefault();
              e.stopPropagation();
            }
          }}
        >
          <div
            className="sticky left-0 z-20 border-b border-stone-200 bg-stone-50 px-2 py-3 font-mono text-xs text-stone-700"
            style={{ gridRow: 1, gridColumn: 1 }}
          >
            {zones.map((z) => (
              <span key={z.timeZone} className="block">
                {z.offsetLabel}
              </span>
            ))}
          </div>
          {slots.map((slot, i) => (
            <div
              key={slot.at}
              aria-hidden
              data-slot=""
              className={cx("border-t", slot.day && i > 0 ? "border-stone-400" : "border-stone-100")}
              style={{ gridRow: `${2 + i * SUBROWS} / span ${SUBROWS}`, gridColumn: "1 / -1" }}
            />
          ))}
          {slots.map((slot, i) => (
            <div
              key={`gutter-${slot.at}`}
              aria-hidden
              className="sticky left-0 z-20 bg-white/90 px-2 pt-1 font-mono text-xs leading-4 text-stone-500"
              style={{ gridRow: `${2 + i * SUBROWS} / span ${SUBROWS}`, gridColumn: 1 }}
            >
              {slot.day && <span className="block whitespace-nowrap font-sans text-[11px] font-semibold text-stone-700">{slot.day}</span>}
              {zones.map((z) => (
                <span key={z.timeZone} className="block">
                  {hhmm(slot.local[z.venueId])}
                </span>
              ))}
            </div>
          ))}
          {venues.map((v, vi) => {
            const col = `${firstLane[vi]} / span ${layout[vi].lanes}`;
            return [
              <div
                key={`head-${v.venueId}`}
                data-venue-head={v.name}
                className="border-b border-l border-stone-200 bg-stone-50 px-3 py-3 text-left"
                style={{ gridRow: 1, gridColumn: col }}
              >
                <h2 className="text-base font-semibold text-stone-900">{v.name}</h2>
                <span className="block font-mono text-xs text-stone-700">
                  {v.timeZone} · {v.offsetLabel}
                </span>
                {v.others && <span className="block text-xs text-stone-500">{v.others}</span>}
              </div>,
              ...slots.flatMap((slot, i) =>
                layout[vi].freeSlots[i]
                  ? [
                      <Link
                        key={`free-${v.venueId}-${slot.at}`}
                        href={`/organizer/events/${eventId}/sessions/new?venueId=${encodeURIComponent(v.venueId)}&start=${encodeURIComponent(
                          slot.local[v.venueId],
                        )}`}
                        aria-label={t("timetable.addAt", { venue: v.name, time: `${hhmm(slot.local[v.venueId])} ${v.offsetLabel}` })}
                        className={cx(
                          "group z-0 m-0.5 flex items-start justify-between rounded-lg border-l border-stone-100 px-2 py-1 text-xs text-stone-500 hover:bg-stone-50 hover:text-stone-700",
                          focusRing,
                        )}
                        style={{ gridRow: `${2 + i * SUBROWS} / span ${SUBROWS}`, gridColumn: col }}
                      >
                        <span className="font-mono">{hhmm(slot.local[v.venueId])}</span>
                        <span aria-hidden className="text-base leading-4">
                          +
                        </span>
                      </Link>,
                    ]
                  : [],
              ),
              ...layout[vi].placements.map((p) => {
                const s = sessionById.get(p.sessionId)!;
                const at = r.shown(s);
                const relayed = s.hostVenueId !== v.venueId;
                return (
                  <SessionBlock
                    key={`${v.venueId}-${s.id}`}
                    blockKey={`${v.venueId}-${s.id}`}
                    href={`/organizer/events/${eventId}/sessions/${s.id}`}
                    style={{
                      gridRow: `${2 + p.row} / span ${p.span}`,
                      gridColumn: `${firstLane[vi] + p.lane} / span ${p.laneSpan}`,
                    }}
                    title={s.title}
                    time={timeRange(at.startMs, at.endMs, v.timeZone)}
                    venue={v.name}
                    role={relayed ? t("timetable.relayed") : t("timetable.host")}
                    relayed={relayed}
                    short={p.span <= 4}
                    editing={r.draft?.sessionId === s.id}
                    saving={r.pending && r.draft?.sessionId === s.id}
                    moveLabel={action ? t("timetable.moveLabel", { title: s.title, venue: v.name }) : null}
                    hintId={hintId}
                    onPointerDown={(e, mode) => onPointerDown(e, s, mode)}
                    onKeyDown={(e) => onKeyDown(e, s)}
                    onMoveClick={() => onMoveClick(s)}
                  />
                );
              }),
            ];
          })}
        </div>
      </div>
    </div>
  );
}
