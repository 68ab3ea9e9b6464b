// The browser side of "Your time" (reader-time-fill.tsx): no React, so the island that
// runs it stays small and the formatting is testable.

import { localClock } from "@/lib/time/local-clock";

/** Id of the page's one model of a "Your time" line: labels in data-*, markup as its child (reader-time-fill.tsx). */
export const READER_TIME_MODEL = "reader-time-model";

const ZONE = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/;

export type LocalParts = { date: string; time: string; offset: string };

/** An instant's date, time and offset in the browser's own zone (lib/time/local-clock.ts: no Intl). */
export function hereParts(iso: string): LocalParts {
  const { date, time, offset } = localClock(iso);
  return { date, time, offset };
}

/** Fills one session's slot (its instants in data-*) with a copy of the model's line, in the browser's own zone, named `zone`. */
export function fill(slot: HTMLElement, zone: string, model: HTMLElement) {
  const { start, end, day, hostOffset } = slot.dataset;
  const { label, next, previous } = model.dataset;
  if (!start || !end || !day || !label) return;
  const from = hereParts(start);
  if (from.offset === hostOffset) return; // the reader's clock reads as the host venue's
  const to = hereParts(end);
  const shift = Math.round((Date.parse(from.date) - Date.parse(day)) / 86_400_000);
  const line = model.firstElementChild?.cloneNode(true);
  if (!(line instanceof HTMLElement)) return;
  const time = line.querySelector("[data-part=time]");
  const shiftPart = line.querySelector("[data-part=shift]");
  const labelPart = line.querySelector("[data-part=label]");
  if (!time || !shiftPart || !labelPart) return;
  time.textContent = `${from.time}–${to.time} ${from.offset}`;
  shiftPart.textContent = shift > 0 ? `(${next} ${from.date})` : shift < 0 ? `(${previous} ${from.date})` : "";
  labelPart.textContent = `· ${label.replace("{zone}", zone)}`;
  slot.className = model.className;
  slot.replaceChildren(line);
  slot.hidden = false;
}

type WithTemporal = { Temporal?: { Now: { timeZoneId(): string } } };

/**
 * The browser's own IANA zone, or null when it reports none we can name. Temporal (where the
 * browser has it) names the zone without starting Intl's formatting data (see hereParts).
 */
export function browserZone(): string | null {
  const temporal = (globalThis as WithTemporal).Temporal;
  const zone = temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && ZONE.test(zone) ? zone : null;
}
