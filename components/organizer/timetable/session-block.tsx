"use client";

import Link from "@/components/ui/link";
import type { CSSProperties, KeyboardEvent, PointerEvent } from "react";
import { cx } from "@/components/ui/cx";

// Inside a block (overflow hidden) an outer focus ring would be cut off: the ring is drawn inside, in the text colour.
const innerFocus = "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-current";

export type DragMode = "move" | "resize";

type Props = {
  href: string;
  style: CSSProperties;
  title: string;
  /** "10:00–11:30 UTC+8" in this column's zone. */
  time: string;
  venue: string;
  role: string;
  relayed: boolean;
  /** 20 minutes or less: the title takes one line and the Host/Relayed line is left out, so nothing is cut in half. */
  short: boolean;
  editing: boolean;
  saving: boolean;
  /** The move button's name; null when the reader may not move sessions (no button, no dragging). */
  moveLabel: string | null;
  hintId: string;
  /** Venue and session: how the board finds this block's move button again after a refresh. */
  blockKey: string;
  onPointerDown: (e: PointerEvent<HTMLElement>, mode: DragMode) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onMoveClick: () => void;
};

/**
 * One session in one venue column, as tall as it lasts. The title links to the session form;
 * the block drags to move and its lower edge drags to change the end; the small button takes
 * the same moves from the keyboard (arrow keys, Shift+arrow keys, Enter, Escape).
 */
export function SessionBlock(p: Props) {
  return (
    <div
      style={p.style}
      data-session-block=""
      data-venue={p.venue}
      data-block-key={p.blockKey}
      className={cx(
        "relative z-10 m-0.5 flex flex-col overflow-hidden rounded-lg px-1.5 py-0.5 text-left",
        p.relayed ? "border border-dashed border-brand-600 bg-brand-50 text-stone-900" : "bg-brand-700 text-white",
        p.editing && "z-20 ring-4 ring-amber-400 shadow-lg",
        p.saving && "opacity-70",
        p.moveLabel && "cursor-grab touch-none select-none focus-within:shadow-lg active:cursor-grabbing",
      )}
      onPointerDown={p.moveLabel ? (e) => p.onPointerDown(e, "move") : undefined}
    >
      <Link href={p.href} draggable={false} title={`${p.time} · ${p.title}`} className={cx("block min-w-0 rounded", innerFocus)}>
        <span className={cx("block font-mono text-xs leading-4", p.moveLabel && "pr-6")}>{p.time}</span>
        <span className={cx("block font-semibold", p.short ? "truncate text-xs leading-4" : "text-sm leading-5 break-words")}>
          {p.title}
        </span>
        <span className="sr-only">{` · ${p.venue} · ${p.role}`}</span>
        {!p.short && (
          <span aria-hidden className="block text-xs leading-4 opacity-80">
            {p.role}
          </span>
        )}
      </Link>
      {p.moveLabel && (
        <>
          <button
            type="button"
            aria-label={p.moveLabel}
            aria-describedby={p.hintId}
            aria-pressed={p.editing}
            onKeyDown={p.onKeyDown}
            onClick={p.onMoveClick}
            className={cx(
              "absolute right-0.5 top-0.5 flex h-6 w-6 items-center justify-center rounded text-sm leading-none",
              p.relayed ? "text-brand-700 hover:bg-brand-100" : "text-white hover:bg-brand-900",
              innerFocus,
            )}
          >
            <span aria-hidden>⇕</span>
          </button>
          <div
            aria-hidden
            data-resize-handle=""
            className="absolute inset-x-0 bottom-0 h-2 cursor-ns-resize"
            onPointerDown={(e) => {
              e.stopPropagation();
              p.onPointerDown(e, "resize");
            }}
          />
        </>
      )}
    </div>
  );
}
