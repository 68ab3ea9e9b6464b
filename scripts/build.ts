// `npm run build`: Next's production build, then V8 compile hints on its browser chunks
// (scripts/lib/compile-hints.ts). `npm start` and `npm test` build the same way.
import { buildProduction } from "./lib/build-production.ts";

process.exit(await buildProduction(process.env));
