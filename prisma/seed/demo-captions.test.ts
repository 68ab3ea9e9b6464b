import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../server/db/client.ts";
import { useTestDatabase } from "../../server/testing/test-database.ts";
import { getMediaFile } from "../../server/video-messages/get-media-file.ts";
import { validateWebVtt } from "../../server/video-messages/validate-webvtt.ts";
import { readFile } from "node:fs/promises";
import { DEMO_EVENT } from "./demo-event.ts";
import { DEMO_VIDEO_MESSAGES, brokenVideoCaptions } from "./demo-video-messages.ts";
import { seedDemo } from "./seed-demo.ts";

useTestDatabase();
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("demo captions", () => {
  it("writes a real WebVTT file for every caption link of the demo's video messages, served by the media route", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "accord-captions-"));
    dirs.push(dir);
    process.env.ACCORD_STORAGE_DIR = dir;
    // An earlier seed linked names it never wrote: the seed repairs those links too.
    await seedDemo(db());
    const first = DEMO_VIDEO_MESSAGES[0];
    await db().videoMessage.update({ where: { id: first.id }, data: { captions: brokenVideoCaptions(first) } });
    await seedDemo(db(), { storageDir: dir });

    const messages = await db().videoMessage.findMany({
      where: { id: { in: DEMO_VIDEO_MESSAGES.map((v) => v.id) } },
      select: { title: true, captions: true },
    });
    const names = messages.flatMap((m) => Object.entries(m.captions as Record<string, string>));
    expect(names).toHaveLength(12);
    expect(new Set(names.map(([lang]) => lang))).toEqual(new Set(DEMO_EVENT.languages));
    for (const [lang, name] of names) {
      const served = await getMediaFile(null, name); // the demo event shows its videos publicly
      expect(served, `${lang} ${name}`).not.toBeNull();
      const text = await readFile(served!.path, "utf8");
      expect(validateWebVtt(text)).toMatchObject({ ok: true });
    }
    expect(await readdir(path.join(dir, "captions"))).toHaveLength(12);
    // Seeding again writes nothing new and changes no link.
    await seedDemo(db(), { storageDir: dir });
    expect(await readdir(path.join(dir, "captions"))).toHaveLength(12);
    delete process.env.ACCORD_STORAGE_DIR;
  }, 120_000); // seeding the demo (twice) is slow on a shared machine
});
