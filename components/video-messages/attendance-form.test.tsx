import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import organizerEn from "@/lib/i18n/messages/organizer/en.json";
import organizerJa from "@/lib/i18n/messages/organizer/ja.json";
import videosEn from "@/lib/i18n/messages/videos/en.json";
import videosJa from "@/lib/i18n/messages/videos/ja.json";
import { AttendanceForm, type VenueOption } from "./attendance-form";
import { RemoveParticipantForm } from "./remove-participant-form";

const action = async () => null;
const venues: VenueOption[] = [
  { id: "v-jinan", label: "Jinan hall", kind: "PHYSICAL" },
  { id: "v-tokyo", label: "Tokyo hall", kind: "PHYSICAL" },
  { id: "v-cloud", label: "Cloud venue", kind: "ONLINE" },
];

const render = (node: ReactNode, locale: "en" | "ja" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      timeZone="UTC"
      messages={locale === "en" ? { organizer: organizerEn, videos: videosEn } : { organizer: organizerJa, videos: videosJa }}
    >
      {node}
    </NextIntlClientProvider>,
  );

const selectNamed = (html: string, name: string) => html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))?.[1];
const options = (html: string, name: string) => [...(selectNamed(html, name) ?? "").matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
const row = (mode: string, venueId = "", locale: "en" | "ja" = "en") =>
  render(
    <AttendanceForm
      action={action}
      eventId="e1"
      person={{ id: "p1", label: "H.E. Makoto Ueda" }}
      venues={venues}
      initial={{ mode, venueId }}
    />,
    locale,
  );

describe("AttendanceForm", () => {
  it("offers only physical venues for in person and online channels for online", () => {
    expect(options(row("IN_PERSON", "v-tokyo"), "venueId")).toEqual(["", "v-jinan", "v-tokyo"]);
    expect(row("IN_PERSON", "v-tokyo")).toMatch(/<option value="v-tokyo" selected="">Tokyo hall/);
    expect(options(row("ONLINE", "v-cloud"), "venueId")).toEqual(["", "v-cloud"]);
  });

  it("has no venue choice for a video message, and labels each row's controls with the person", () => {
    const html = row("VIDEO_MESSAGE");
    expect(selectNamed(html, "venueId")).toBeUndefined();
    expect(options(html, "mode")).toEqual(["IN_PERSON", "ONLINE", "VIDEO_MESSAGE"]);
    expect(html).toMatch(/<option value="VIDEO_MESSAGE" selected="">By video message/);
    expect(html).toContain(">Attendance of H.E. Makoto Ueda</label>");
    expect(html).toContain('<input type="hidden" name="personId" value="p1"/>');
    expect(html).toContain(">Save</button>");
    expect(row("ONLINE", "", "ja")).toContain("H.E. Makoto Uedaの参加方法");
  });

  it("lets the add form choose a person of the organization", () => {
    const html = render(
      <AttendanceForm
        action={action}
        eventId="e1"
        people={[{ id: "p9", label: "Ms Aya Matsuda" }]}
        venues={venues}
        initial={{ mode: "IN_PERSON", venueId: "" }}
      />,
    );
    expect(options(html, "personId")).toEqual(["", "p9"]);
    expect(html).toContain(">Person</label>");
    expect(html).toContain(">Add participant</button>");
  });
});

describe("RemoveParticipantForm", () => {
  it("posts the event and person and shows no alert before submitting", () => {
    const html = render(<RemoveParticipantForm action={action} eventId="e1" personId="p1" label="Remove" confirmText="Remove?" />);
    expect(html).toContain('name="eventId" value="e1"');
    expect(html).toContain('name="personId" value="p1"');
    expect(html).not.toContain('role="alert"');
  });
});
