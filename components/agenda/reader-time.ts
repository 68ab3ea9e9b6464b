// The browser side of "Your time" (reader-time-fill.tsx): no React, so the island that
// runs it stays small and the formatting is testable.

import { localClock } from "@/lib/time/local-clock";

/** Id of the page's one model of a "Your time" line: labels in data-*, markup as its child (reader-time-fill.tsx). */
export const READER_TIME_MODEL = "reader-time-model";

const ZONE = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/;

/** "GMT+09:00" → "UTC+9", "GMT-03:30" → "UTC-3:30", "GMT" → "UTC+0" (as lib/time/zones formatOffset). */
export function utcLabel(gmt: string): string {
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(gmt);
  if (!m || !m[1]) return "UTC+0";
  const minutes = Number(m[3]);
  return `UTC${m[1]}${Number(m[2])}${minutes ? `:${m[3]}` : ""}`;
}

export type LocalParts = { date: string; time: string; offset: string };

/** localParts() in the browser's own zone (lib/time/local-clock.ts: no Intl). */
export function hereParts(iso: string): LocalParts {
  const { date, time, offset } = localClock(iso);
  return { date, time, offset };
}

export function localParts(iso: string, zone: string): LocalParts {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  });
  const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, offset: utcLabel(p.timeZoneName ?? "GMT") };
}

/**
 * Fills one session's slot (its instants in data-*) with a copy of the model's line, in `zone`
 * (`parts` reads an instant in it; hereParts when `zone` is the browser's own).
 */
export function fill(
  slot: HTMLElement,
  zone: string,
  model: HTMLElement,
  parts: (iso: string) => LocalParts = (iso) => localParts(iso, zone),
) {
  const { start, end, day, hostOffset } = slot.dataset;
  const { label, next, previous } = model.dataset;
  if (!start || !end || !day || !label) return;
  const from = parts(start);
  if (from.offset === hostOffset) return; // the reader's clock reads as the host venue's
  const to = parts(end);
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
