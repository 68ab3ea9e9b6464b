import { contextAs, expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Issue 19: the owner uploads a file as a milestone's evidence; a wrong kind of file is
// refused on the field; the file downloads for staff and not for another organization.
test.use({ role: "owner", locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(120_000);

const EVENT = "demo-event-dialogue-with-shandong-2020";
const AGREEMENT = "demo-agreement-02";
const PAGE = `/organizer/events/${EVENT}/agreements/${AGREEMENT}`;

test("upload a PDF as a milestone's evidence, refused for a text file, downloaded by staff only", async ({ page, browser, roleState }) => {
  const [milestone] = await sql<{ id: string; version: number }>(
    `SELECT id, version FROM "AgreementMilestone" WHERE "agreementId" = $1 AND "typeKey" = 'land_secured'`,
    [AGREEMENT],
  );
  await page.goto(PAGE);
  const form = page.locator('[data-milestone="land_secured"] [data-evidence-file] form');
  const input = form.getByLabel(/^Evidence file for Land secured \(PDF, JPEG, PNG or WebP, at most 10 MB\)$/);

  await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a pdf") });
  await form.getByRole("button", { name: "Upload file" }).click();
  await expect(form.getByText("Upload a PDF, JPEG, PNG or WebP file")).toBeVisible({ timeout: 30_000 });
  expect((await sql<{ version: number }>(`SELECT version FROM "AgreementMilestone" WHERE id = $1`, [milestone.id]))[0].version).toBe(
    milestone.version,
  );

  await input.setInputFiles({ name: "land-permit.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% permit 2020\n") });
  await form.getByRole("button", { name: "Upload file" }).click();
  await expect(form.getByText("File uploaded.")).toBeVisible({ timeout: 30_000 });
  const [row] = await sql<{ version: number; name: string; type: string }>(
    `SELECT version, "evidenceFileName" AS name, "evidenceFileType" AS type FROM "AgreementMilestone" WHERE id = $1`,
    [milestone.id],
  );
  expect(row).toEqual({ version: milestone.version + 1, name: "land-permit.pdf", type: "application/pdf" });
  const link = page.locator('[data-milestone="land_secured"]').getByRole("link", { name: "land-permit.pdf" });
  await expect(link).toBeVisible();

  const download = await page.request.get(`/api/organizer/milestones/${milestone.id}/evidence`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(await download.text()).toContain("permit 2020");

  const outsider = await contextAs(browser, roleState, "outsider", { baseURL: new URL(page.url()).origin });
  expect((await outsider.request.get(`/api/organizer/milestones/${milestone.id}/evidence`)).status()).toBe(404);
  await outsider.close();
});
