// Types of the plain-JavaScript "use cache" handler (use-cache-handler.mjs): Next 16's interface.
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

declare const handler: CacheHandler;
export default handler;
