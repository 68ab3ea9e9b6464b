import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

// An organizer adds four VIP video messages to a video-message session of their own,
// uploads a small video and English captions for each, approves them, reorders the
// run-of-show by keyboard and by button, and plays them in order on the playback page.

const EVENT_ID = "demo-event-dialogue-with-shandong-2020";
const BASE = `/organizer/events/${EVENT_ID}`;
const VIDEO = path.join(import.meta.dirname, "fixtures/video/tiny.webm"); // 2 s, no audio
test.use({ role: "owner" });
const vtt = (text: string) => Buffer.from(`WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n\n00:01.000 --> 00:02.000\n${text} (2)\n`);

async function createSession(page: Page, title: string) {
  await page.goto(`${BASE}/sessions/new`);
  await page.locator('select[name="type"]').selectOption("VIDEO_MESSAGES");
  await page.locator('[name="title.en"]').fill(title);
  await page.locator('[name="startLocal"]').fill("2020-07-30T18:00");
  await page.locator('[name="endLocal"]').fill("2020-07-30T18:20");
  await page.getByRole("button", { name: "Add a session" }).click();
  const anyway = page.getByRole("button", { name: "Save anyway" });
  // The form may warn (e.g. another session at the venue then) and ask to confirm.
  const warned = await anyway.waitFor({ state: "visible", timeout: 8_000 }).then(
    () => true,
    () => false,
  );
  if (warned) await anyway.click();
  await expect(page).not.toHaveURL(/\/sessions\/new$/, { timeout: 20_000 });
}

async function upload(page: Page, label: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const form = page.locator("form", { has: page.getByLabel(label, { exact: true }) });
  await form.getByLabel(label, { exact: true }).setInputFiles(file);
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText("Uploaded.")).toBeVisible();
}

test("organizer adds four VIP messages, reorders, approves and plays them in order", async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const sessionTitle = `E2E video messages ${stamp}`;
  await createSession(page, sessionTitle);

  const titles: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const title = `E2E message ${i + 1} ${stamp}`;
    titles.push(title);
    await page.goto(`${BASE}/video-messages/new`);
    if (i === 0) {
      // Required fields carry the same mark as the other workspace forms.
      for (const label of ["VIP", "Duration (seconds)", "Spoken language"])
        await expect(page.locator("label", { hasText: label })).toContainText("*");
      await expect(page.locator("legend", { hasText: "Title" })).toContainText("*");
      await expect(page.getByLabel("VIP")).toHaveAttribute("required", "");
    }
    await page.getByLabel("VIP").selectOption({ index: i + 1 });
    await page.getByLabel("Title (English)").fill(title);
    // A link on an allow-listed https host first; the uploaded file replaces it below.
    await page.getByLabel("Link to the video (https)").fill(`https://media.example.org/e2e/${stamp}-${i}.mp4`);
    await page.getByLabel("Duration (seconds)").fill("2");
    await page.getByLabel("Spoken language").fill("ja");
    await page.getByLabel("Video-message session").selectOption({ label: sessionTitle });
    await page.getByRole("button", { name: "Create and continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });

    await upload(page, "Video file", VIDEO);
    await upload(page, "Captions in English", { name: `captions-${i}.vtt`, mimeType: "text/vtt", buffer: vtt(`Congratulations ${i + 1}`) });
    await page.reload();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("Current status: Approved")).toBeVisible();
  }

  // Run-of-show: protocol order by default; move the last one up by keyboard, the first down by button.
  await page.goto(`${BASE}/video-messages`);
  await page.getByRole("listitem").filter({ hasText: sessionTitle }).getByRole("link", { name: "Run-of-show" }).click();
  const items = page.getByTestId("run-of-show-item");
  await expect(items).toHaveCount(4);
  const textOf = async (n: number) => (await items.nth(n).locator("p").first().textContent())!.trim();
  const order = [await textOf(0), await textOf(1), await textOf(2), await textOf(3)];
  expect([...order].sort()).toEqual([...titles].sort());

  await items.nth(3).focus();
  await page.keyboard.press("Alt+ArrowUp");
  const afterKey = [order[0], order[1], order[3], order[2]];
  await expect(page.getByTestId("run-of-show-announcement")).toContainText(`moved to position 3 of 4`);
  await page.getByRole("button", { name: `Move down: ${afterKey[0]}` }).click();
  const expected = [afterKey[1], afterKey[0], afterKey[2], afterKey[3]];
  await expect(page.getByTestId("run-of-show-announcement")).toContainText(`${afterKey[0]} moved to position 2 of 4`);
  await page.reload();
  for (const [n, title] of expected.entries()) await expect(items.nth(n)).toContainText(title);
  // Cue = session start + earlier durations (2 s each), on every venue's clock (Jinan UTC+8, Tokyo UTC+9).
  await expect(items.first()).toContainText(/18:00:00 UTC\+\d/);
  await expect(items.nth(1)).toContainText(/:00:02 UTC\+8/);
  await expect(items.nth(1)).toContainText(/:00:02 UTC\+9/);

  // Playback: nothing plays before Start; then each message plays and is marked played, in order.
  await page.getByRole("link", { name: "Open playback" }).click();
  const video = page.getByTestId("playback-video");
  await expect(page.getByTestId("now-playing")).toContainText(`Now playing 1 of 4: ${expected[0]}`);
  await expect(video.locator("track[kind=captions]")).toHaveCount(1);
  expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
  await page.waitForTimeout(500);
  expect(await video.evaluate((v: HTMLVideoElement) => v.paused && v.currentTime === 0)).toBe(true);
  await page.getByRole("button", { name: "Start" }).click();
  const playbackItems = page.getByTestId("playback-item");
  for (const [n, title] of expected.entries()) {
    if (n < 3) await expect(page.getByTestId("now-playing")).toContainText(`Now playing ${n + 1} of 4: ${title}`, { timeout: 15_000 });
    await expect(playbackItems.nth(n)).toHaveAttribute("data-played", "true", { timeout: 15_000 });
    if (n + 2 < 4) await expect(playbackItems.nth(n + 2)).toHaveAttribute("data-played", "false");
  }
  await expect(page.getByTestId("now-playing")).toContainText("All messages have been played.");

  await page.goto(`${BASE}/video-messages`);
  for (const title of titles) await expect(page.getByRole("row").filter({ hasText: title })).toContainText("Played");
});
