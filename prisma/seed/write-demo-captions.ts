import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Prisma, type PrismaClient } from "../../server/db/generated/client.ts";
import { CAPTION_LANGUAGES, DEMO_VIDEO_MESSAGES, brokenVideoCaptions, videoCaptionText, videoCaptions } from "./demo-video-messages.ts";

/**
 * Writes the demo video messages' WebVTT captions into `<storageDir>/captions` (the folder
 * the app serves, ACCORD_STORAGE_DIR), only those missing, then links them: on messages still
 * as seeded (no captions, version 1) and on those an earlier seed linked to files it never
 * wrote. Captions an organizer uploaded have other names and are left alone.
 */
export async function writeDemoCaptions(prisma: PrismaClient, storageDir: string): Promise<number> {
  const dir = path.join(path.resolve(storageDir), "captions");
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (const v of DEMO_VIDEO_MESSAGES) {
    const names = videoCaptions(v);
    for (const lang of CAPTION_LANGUAGES) {
      const file = path.join(dir, names[lang]);
      if (
        await access(file).then(
          () => true,
          () => false,
        )
      )
        continue;
      await writeFile(file, videoCaptionText(v, lang), { encoding: "utf8", flag: "wx" });
      written++;
    }
    await prisma.videoMessage.updateMany({
      where: { id: v.id, OR: [{ captions: { equals: brokenVideoCaptions(v) } }, { captions: { equals: Prisma.DbNull }, version: 1 }] },
      data: { captions: names },
    });
  }
  return written;
}
