import "server-only";
import { groupSessionsByDay } from "@/lib/agenda/group-by-day";
import { describeSessionTimes, type ZoneTime } from "@/lib/agenda/session-times";
import type { AgendaVenue, PublicAgenda } from "@/lib/agenda/types";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { formatCalendarDate } from "@/lib/time/format";
import { isTrackColor, TRACK_COLOR_NAMES, TRACK_COLORS } from "@/lib/tracks/track-colors";

// The embeddable agenda: one complete HTML document, inline CSS, no JavaScript, every
// piece of text escaped, so organizers can put it in an iframe on their own sites.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

export interface EmbedLabels {
  title: string;
  host: string;
  nextDay: string;
  previousDay: string;
  online: string;
  types: Record<string, string>;
}

const CSS = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","Noto Sans CJK JP",sans-serif;color:#1c1917;margin:0;padding:16px;background:#fff}
h1{font-size:1.3rem;margin:0 0 4px}h2{font-size:1.05rem;margin:20px 0 8px;border-bottom:1px solid #d6d3d1;padding-bottom:4px}
ol{list-style:none;margin:0;padding:0}li{display:grid;grid-template-columns:minmax(0,15rem) 1fr;gap:12px;padding:10px 0;border-bottom:1px solid #e7e5e4}
.t{font-variant-numeric:tabular-nums;font-size:.9rem;color:#44403c}.t b{color:#1c1917}.k{font-size:.75rem;color:#0b5d57;font-weight:600;text-transform:uppercase}
a{color:#0b5d57}.s{font-size:.8rem;color:#57534e}@media(max-width:560px){li{grid-template-columns:1fr}}@media print{a{color:inherit;text-decoration:none}}
.tr{display:inline-block;margin-left:6px;padding:0 8px;border-radius:9px;font-size:.75rem;font-weight:600;color:#fff;text-transform:none}
${TRACK_COLOR_NAMES.map((c) => `.tr-${c}{background:${TRACK_COLORS[c]}}`).join("")}`;

export function renderEmbedHtml(agenda: PublicAgenda, locale: Locale, labels: EmbedLabels, origin: string): string {
  const langs = agenda.event.languages;
  const text = (v: unknown) => pickText(v, locale, langs);
  const span = (v: unknown) => {
    const p = text(v);
    return `<span lang="${htmlLang(p.lang)}">${escapeHtml(p.text)}</span>`;
  };
  const place = (v: AgendaVenue) => text(v.city).text || (v.kind === "ONLINE" ? labels.online : text(v.name).text);
  const names = (ids: string[]) =>
    escapeHtml(
      ids
        .map((id) => agenda.venues.find((v) => v.id === id))
        .filter((v): v is AgendaVenue => !!v)
        .map(place)
        .join(", "),
    );
  const shift = (z: ZoneTime) =>
    z.dayShift > 0 ? ` (${escapeHtml(labels.nextDay)})` : z.dayShift < 0 ? ` (${escapeHtml(labels.previousDay)})` : "";
  const line = (z: ZoneTime, label: string, strong = false) => {
    const time = `${z.start}–${z.end} ${z.offset}`;
    return `<div>${strong ? `<b>${time}</b>` : time}${shift(z)} · ${label}</div>`;
  };
  // Track chips use a class per palette colour: the embed's policy allows no inline style attributes.
  const trackChip = (id: string | null) => {
    const track = id ? agenda.tracks.find((tr) => tr.id === id) : undefined;
    if (!track) return "";
    const name = text(track.name);
    return `<span class="tr tr-${isTrackColor(track.color) ? track.color : "slate"}" lang="${htmlLang(name.lang)}">${escapeHtml(name.text)}</span>`;
  };
  const base = `${origin}/events/${encodeURIComponent(agenda.event.slug)}`;
  const days = groupSessionsByDay(agenda.sessions, agenda.event.primaryTimeZone).map((day) => {
    const items = day.sessions.map((s) => {
      const times = describeSessionTimes(s, agenda.venues, day.date, null);
      const timeHtml = [
        line(times.host, `${names(times.host.venueIds)} (${escapeHtml(labels.host)})`, true),
        ...times.others.map((o) => line(o, names(o.venueIds))),
      ].join("");
      return `<li><div class="t">${timeHtml}</div><div><div class="k">${escapeHtml(labels.types[s.type] ?? s.type)}${trackChip(s.trackId)}</div><a href="${escapeHtml(`${base}/sessions/${encodeURIComponent(s.id)}`)}" target="_blank" rel="noopener">${span(s.title)}</a></div></li>`;
    });
    return `<section><h2><time datetime="${day.date}">${escapeHtml(formatCalendarDate(day.date, locale))}</time> <span class="s">(${escapeHtml(agenda.event.primaryTimeZone)})</span></h2><ol>${items.join("")}</ol></section>`;
  });
  const title = text(agenda.event.title);
  return `<!doctype html><html lang="${htmlLang(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`${labels.title} · ${title.text}`)}</title><style>${CSS}</style></head><body><main><h1><a href="${escapeHtml(`${base}/agenda`)}" target="_blank" rel="noopener">${span(agenda.event.title)}</a></h1><p class="s">${escapeHtml(labels.title)}</p>${days.join("")}</main></body></html>`;
}
