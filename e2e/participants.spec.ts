import { expect, test } from "./fixtures/auth";

// An organizer opens the demo event's participants: the four VIPs who sent congratulations
// take part by video message; the JCEEA chairman's attendance is switched from in person
// (Tokyo) to online and stays so after a reload, then is put back for the other specs.

const PAGE = "/organizer/events/demo-event-dialogue-with-shandong-2020/participants";
const VIPS = ["Shunsuke Kobayashi", "Masao Hayashida", "Keiko Mori", "Makoto Ueda"];
const LEADER = "Hiroshi Okamoto";
test.use({ role: "owner" });

test("participants: VIPs by video message; a leader's attendance changed to online persists", async ({ page }) => {
  test.setTimeout(120_000); // a dev server compiles the page on first visit
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Participants" })).toHaveAttribute("aria-current", "page");

  for (const name of VIPS) {
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
    await expect(row.getByText("By video message", { exact: true }).first(), name).toBeVisible();
    await expect(row.getByText("VIP", { exact: true })).toBeVisible();
  }

  const leaderRow = () => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(LEADER) }) });
  const modeSelect = () => leaderRow().getByLabel(/^Attendance of /);
  await expect(modeSelect()).toHaveValue("IN_PERSON");
  await modeSelect().selectOption("ONLINE");
  await leaderRow().getByRole("button", { name: "Save" }).click();
  await expect(leaderRow().getByRole("status")).toHaveText("Saved.");

  await page.reload();
  await expect(modeSelect()).toHaveValue("ONLINE");
  await expect(leaderRow().locator("td").nth(3)).toContainText("Online");

  // Back to in person at Tokyo, so other specs see the seeded event.
  await modeSelect().selectOption("IN_PERSON");
  await leaderRow()
    .getByLabel(/^Venue of /)
    .selectOption("demo-venue-tokyo");
  await leaderRow().getByRole("button", { name: "Save" }).click();
  await expect(leaderRow().getByRole("status")).toHaveText("Saved.");
});
