import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import organizerEn from "@/lib/i18n/messages/organizer/en.json";
import videosEn from "@/lib/i18n/messages/videos/en.json";
import { VideoMessageForm, type VideoMessageFormValues } from "./video-message-form";

const action = async () => null;
const render = (initial: VideoMessageFormValues, editing?: { id: string; version: number }) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={{ videos: videosEn, organizer: organizerEn }}>
      <VideoMessageForm
        eventId="e1"
        languages={[{ code: "en", name: "English" }]}
        people={[]}
        sessions={[]}
        hosts={[]}
        initial={initial}
        editing={editing}
        action={action}
      />
    </NextIntlClientProvider>,
  );

describe("VideoMessageForm", () => {
  it("edits the record it is given: hidden id and version, and the button reads Save", () => {
    const html = render({ durationSec: 60, language: "ja" }, { id: "vm-1", version: 4 });
    expect(html).toMatch(/<input type="hidden" name="videoMessageId" value="vm-1"\/>/);
    expect(html).toMatch(/<input type="hidden" name="version" value="4"\/>/);
    expect(html).toMatch(/>Save<\/button>/);
    expect(html).not.toContain("Create and continue");
  });

  it("creates a new record only when nothing is being edited", () => {
    const html = render({ durationSec: 60, language: "ja" });
    expect(html).not.toContain('name="videoMessageId"');
    expect(html).toMatch(/>Create and continue<\/button>/);
  });
});
