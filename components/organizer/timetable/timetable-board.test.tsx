import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/lib/i18n/messages/organizer/en.json";
import { TimetableBoard } from "./timetable-board";

// The board as the server renders it: the layout reaches the markup (grid rows and columns),
// each venue column shows its own local time, and only untouched slots offer "+".
const at = (hhmm: string) => Date.parse(`2020-07-30T${hhmm}:00Z`);
const local = (hhmm: string, plus: number) => `2020-07-30T${String(Number(hhmm.slice(0, 2)) + plus).padStart(2, "0")}:${hhmm.slice(3)}`;
const slots = ["02:00", "02:30", "03:00", "03:30"].map((h) => ({ at: at(h), local: { j: local(h, 8), t: local(h, 9) }, day: null }));
const session = (id: string, title: string, venueIds: string[], start: string, end: string) => ({
  id,
  title,
  version: 1,
  hostVenueId: "j",
  hostZone: "Asia/Shanghai",
  venueIds,
  startMs: at(start),
  endMs: at(end),
});

function render() {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={{ organizer: messages }} timeZone="UTC">
      <TimetableBoard
        eventId="e"
        venues={[
          { venueId: "j", name: "Jinan hall", timeZone: "Asia/Shanghai", offsetLabel: "UTC+8", others: "" },
          { venueId: "t", name: "Tokyo hall", timeZone: "Asia/Tokyo", offsetLabel: "UTC+9", others: "" },
        ]}
        slots={slots}
        sessions={[session("s1", "Opening plenary", ["j", "t"], "02:00", "03:30"), session("s2", "Side talk", ["j"], "02:30", "03:00")]}
        action={async () => ({ ok: true, data: { id: "s1", version: 2 } })}
      />
    </NextIntlClientProvider>,
  );
}

describe("TimetableBoard", () => {
  const html = render();
  const block = (venue: string, title: string) =>
    new RegExp(`<div style="([^"]*)" data-session-block="" data-venue="${venue}"[^>]*>(?:(?!data-session-block).)*?${title}`).exec(
      html,
    )?.[1];

  it("gives a 90-minute session three slots of height and a parallel one its own lane", () => {
    // Sub-rows of 5 minutes start at grid row 2; the Jinan column has two lanes (grid columns 2 and 3).
    expect(html).toContain("grid-template-columns:6rem repeat(2, minmax(6.5rem, 1fr)) repeat(1, minmax(6.5rem, 1fr))");
    expect(block("Jinan hall", "Opening plenary")).toBe("grid-row:2 / span 18;grid-column:2 / span 1");
    expect(block("Jinan hall", "Side talk")).toBe("grid-row:8 / span 6;grid-column:3 / span 1");
    expect(block("Tokyo hall", "Opening plenary")).toBe("grid-row:2 / span 18;grid-column:4 / span 1");
  });

  it("shows each column's local time and offers only the slot no session touches", () => {
    expect(html).toContain("10:00–11:30 UTC+8");
    expect(html).toContain("11:00–12:30 UTC+9");
    const free = [...html.matchAll(/aria-label="(Add a session at [^"]+)"/g)].map((m) => m[1]);
    expect(free).toEqual(["Add a session at Jinan hall, 11:30 UTC+8", "Add a session at Tokyo hall, 12:30 UTC+9"]);
    expect(html).toContain('aria-label="Move or resize Opening plenary (Tokyo hall)"');
  });

  it("gives a block of 20 minutes or less a one-line title, so it is not cut in half", () => {
    const short = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={{ organizer: messages }} timeZone="UTC">
        <TimetableBoard
          eventId="e"
          venues={[{ venueId: "j", name: "Jinan hall", timeZone: "Asia/Shanghai", offsetLabel: "UTC+8", others: "" }]}
          slots={slots}
          sessions={[session("v", "Congratulatory video messages", ["j"], "03:00", "03:20")]}
        />
      </NextIntlClientProvider>,
    );
    expect(short).toMatch(/class="block font-semibold truncate text-xs leading-4">Congratulatory video messages</);
    // Readers without the move right get no move button.
    expect(short).not.toContain("Move or resize");
  });
});
