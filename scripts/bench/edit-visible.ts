import { prepareSessionEdit } from "./edit-session-title.ts";

// What a reader sees after an organizer's edit: the Accord server itself (Next's cache is
// invalidated by tag in the write path: the next request must show it) and the same page
// through nginx's shared cache (deploy/nginx.conf keeps the page for the response's
// s-maxage, then serves it stale once while it refreshes in the background). Several edits
// in a row: after the first, each starts just after nginx stored a fresh copy, the worst case
// a reader can meet.

export type EditVisibility = { directNextRequest: boolean; nginxSeconds: number; nginxRequests: number };

export async function measureEditVisibility(options: {
  serverUrl: string;
  nginxUrl: string;
  databaseUrl: string;
  sessionId: string;
  pagePath: string;
  timeoutMs?: number;
  rounds?: number;
}): Promise<EditVisibility[]> {
  const edit = await prepareSessionEdit(options.serverUrl, options.databaseUrl, options.sessionId);
  const page = async (base: string) => (await fetch(`${base}${options.pagePath}`, { cache: "no-store" })).text();
  const rounds: EditVisibility[] = [];
  try {
    for (let round = 0; round < (options.rounds ?? 3); round++) {
      const title = `Edited for the bench ${Date.now().toString(36)}`;
      await page(options.nginxUrl); // stored (or still fresh) in nginx's cache
      await edit.submit(title);
      const done = Date.now();
      const directNextRequest = (await page(options.serverUrl)).includes(title);
      let nginxRequests = 0;
      let nginxSeconds = Infinity;
      while (Date.now() - done < (options.timeoutMs ?? 60_000)) {
        nginxRequests++;
        if ((await page(options.nginxUrl)).includes(title)) {
          nginxSeconds = (Date.now() - done) / 1000;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      rounds.push({ directNextRequest, nginxSeconds, nginxRequests });
    }
    return rounds;
  } finally {
    edit.close();
  }
}
