import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { SECTOR_CODES, sectorLabel } from "@/lib/agreements/sectors";
import type { AgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { zoneOffsetLabel } from "@/lib/time";

/** Select options for the agreement form, in the reader's language. */
export function workspaceOptions(ws: AgreementWorkspace, locale: Locale) {
  const pick = (v: unknown) => pickText(v, locale, ws.event.languages);
  const day = new Date();
  return {
    sectors: SECTOR_CODES.map((code) => ({ value: code, label: sectorLabel(code, locale) })),
    venues: ws.venues.map((v) => ({
      value: v.id,
      label: `${pick(v.name).text} (${v.timeZone}, ${zoneOffsetLabel(v.timeZone, day)})`,
      lang: pick(v.name).lang,
    })),
    sessions: ws.sessions.map((s) => ({ value: s.id, label: pick(s.title).text, lang: pick(s.title).lang })),
    parties: partyOptions(ws, pick),
    sideA: pick(ws.event.sideAName).text,
    sideB: pick(ws.event.sideBName).text,
    title: pick(ws.event.title).text,
  };
}

/** Each side's picker lists the parties offered under that side (the server infers it). */
function partyOptions(ws: AgreementWorkspace, pick: (v: unknown) => { text: string; lang?: string }) {
  const side = (s: "A" | "B") =>
    ws.parties.filter((p) => p.sides.includes(s)).map((p) => ({ value: p.id, label: pick(p.name).text, lang: pick(p.name).lang }));
  return { A: side("A"), B: side("B") };
}
