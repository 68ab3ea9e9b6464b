import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgreement } from "@/prisma/seed/factories";
import { useTestDatabase } from "../../testing/test-database.ts";
import { db } from "../../db/client.ts";
import { inEnglish } from "../../testing/in-english.ts";
import { createAgreementWorld, type AgreementWorld } from "../../agreements/agreement-test-fixture.ts";
import { uploadMilestoneEvidence } from "./upload-milestone-evidence.ts";
import { getMilestoneEvidence } from "./get-milestone-evidence.ts";

useTestDatabase();
let world: AgreementWorld;
let dir: string;
const saved = { dir: process.env.ACCORD_STORAGE_DIR, max: process.env.EVIDENCE_MAX_BYTES };
const PDF = (text: string) => new Blob([`%PDF-1.4\n% ${text}\n`]);
const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);

async function milestone() {
  const agreement = await createAgreement(db(), { eventId: world.event.id });
  return db().agreementMilestone.create({
    data: { agreementId: agreement.id, typeKey: "approvals", dueOn: new Date("2021-03-31") },
    select: { id: true },
  });
}
const stored = async () =>
  (await readdir(path.join(dir, "evidence")).catch(() => [] as string[])).filter((f) => !f.startsWith(".upload-")).sort();
const row = (id: string) =>
  db().agreementMilestone.findUniqueOrThrow({
    where: { id },
    select: { version: true, evidenceFile: true, evidenceFileName: true, evidenceFileType: true, evidenceFileSize: true },
  });

beforeAll(async () => {
  world = await createAgreementWorld();
  dir = await mkdtemp(path.join(tmpdir(), "accord-evidence-"));
  process.env.ACCORD_STORAGE_DIR = dir;
  process.env.EVIDENCE_MAX_BYTES = String(1024 * 1024);
});
afterAll(async () => {
  process.env.ACCORD_STORAGE_DIR = saved.dir;
  process.env.EVIDENCE_MAX_BYTES = saved.max;
  if (saved.dir === undefined) delete process.env.ACCORD_STORAGE_DIR;
  if (saved.max === undefined) delete process.env.EVIDENCE_MAX_BYTES;
  await rm(dir, { recursive: true, force: true });
});

describe("evidence files of milestones", () => {
  it("stores a PDF under a generated name, bumps the version, and serves it to the organization's staff only", async () => {
    const m = await milestone();
    const r = await uploadMilestoneEvidence(
      world.actors.member,
      { milestoneId: m.id, version: 1, name: "C:\\scans\\土地 permit.pdf" },
      PDF("land permit"),
    );
    expect(r).toMatchObject({ ok: true, data: { version: 2, fileName: "土地 permit.pdf", contentType: "application/pdf" } });
    const after = await row(m.id);
    expect(after).toMatchObject({
      version: 2,
      evidenceFileName: "土地 permit.pdf",
      evidenceFileType: "application/pdf",
      evidenceFileSize: 23,
    });
    expect(after.evidenceFile).toMatch(new RegExp(`^${m.id}--evidence--[0-9a-f]{16}\\.pdf$`));
    expect(await stored()).toContain(after.evidenceFile);
    for (const role of ["admin", "owner", "member", "viewer"] as const)
      expect((await getMilestoneEvidence(world.actors[role], m.id))?.fileName).toBe("土地 permit.pdf");
    for (const actor of [world.actors.outsider, world.actors.delegate, null]) expect(await getMilestoneEvidence(actor, m.id)).toBeNull();
  });

  it("replaces an earlier file (the old one is removed) and answers a stale version with a conflict", async () => {
    const m = await milestone();
    await uploadMilestoneEvidence(world.actors.owner, { milestoneId: m.id, version: 1, name: "a.pdf" }, PDF("first"));
    const first = (await row(m.id)).evidenceFile!;
    expect(await uploadMilestoneEvidence(world.actors.owner, { milestoneId: m.id, version: 2, name: "b.png" }, PNG)).toMatchObject({
      ok: true,
      data: { version: 3, contentType: "image/png" },
    });
    const files = await stored();
    expect(files).not.toContain(first);
    expect(files).toContain((await row(m.id)).evidenceFile);
    const before = await stored();
    const stale = inEnglish(
      await uploadMilestoneEvidence(world.actors.owner, { milestoneId: m.id, version: 2, name: "c.pdf" }, PDF("late")),
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await stored()).toEqual(before);
    expect((await row(m.id)).evidenceFileName).toBe("b.png");
  });

  it("refuses other kinds of file and files over the limit, on the file field, changing nothing", async () => {
    const m = await milestone();
    const before = await stored();
    const html = inEnglish(
      await uploadMilestoneEvidence(world.actors.owner, { milestoneId: m.id, version: 1, name: "x.pdf" }, new Blob(["<html>"])),
    );
    expect(html).toMatchObject({ ok: false, code: "invalid", fieldErrors: { file: ["Upload a PDF, JPEG, PNG or WebP file"] } });
    const big = new Blob(["%PDF-1.4\n", new Uint8Array(1024 * 1024)]);
    const tooBig = inEnglish(await uploadMilestoneEvidence(world.actors.owner, { milestoneId: m.id, version: 1, name: "big.pdf" }, big));
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { file: ["Evidence files may be at most 1 MB"] } });
    expect(await stored()).toEqual(before);
    expect(await readdir(path.join(dir, "evidence"))).toEqual(before);
    expect(await row(m.id)).toMatchObject({ version: 1, evidenceFile: null });
  });

  it("is refused to those who may not keep the follow-up: not found outside the organization", async () => {
    const m = await milestone();
    const upload = (actor: AgreementWorld["actors"][keyof AgreementWorld["actors"]] | null) =>
      uploadMilestoneEvidence(actor, { milestoneId: m.id, version: 1, name: "x.pdf" }, PDF("nope"));
    expect(await upload(world.actors.outsider)).toMatchObject({ ok: false, code: "not_found" });
    expect(await upload(world.actors.viewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await upload(world.actors.delegate)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await upload(null)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await uploadMilestoneEvidence(world.actors.owner, { milestoneId: "missing", version: 1 }, PDF("x"))).toMatchObject({
      code: "not_found",
    });
    expect(await row(m.id)).toMatchObject({ version: 1, evidenceFile: null });
  });
});
