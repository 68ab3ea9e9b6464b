import { expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Cancelling an agreement cannot be undone, so the status form asks first: saying no sends
// nothing (same status, same version in the database).
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" }, role: "owner" });
test.setTimeout(120_000);

const EVENT = "demo-event-dialogue-with-shandong-2020";

test("cancelling an agreement asks for confirmation; declining changes nothing", async ({ page }) => {
  const [a] = await sql<{ id: string; status: string; version: number }>(
    `SELECT id, status, version FROM "Agreement" WHERE "eventId" = $1 AND status <> 'CANCELLED' ORDER BY id LIMIT 1`,
    [EVENT],
  );
  await page.goto(`/organizer/events/${EVENT}/agreements/${a.id}`);
  await page.getByLabel("New status").selectOption({ label: "Cancelled" });
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.dismiss();
    }),
  );
  await page.getByRole("button", { name: "Change status" }).click();
  expect(await asked).toBe("Cancel this agreement? It stays in the register but cannot be reopened.");
  await page.waitForTimeout(1_000);
  const [after] = await sql<{ status: string; version: number }>(`SELECT status, version FROM "Agreement" WHERE id = $1`, [a.id]);
  expect(after).toEqual({ status: a.status, version: a.version });
});
