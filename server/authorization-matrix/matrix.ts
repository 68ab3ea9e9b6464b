import "server-only";
import { accountLinkEntries } from "./entries/account-links.ts";
import { adminEntries } from "./entries/admin.ts";
import { checkInEntries } from "./entries/checkin.ts";
import { agreementEntries } from "./entries/agreements.ts";
import { ledgerEntries } from "./entries/ledger.ts";
import { authRouteEntries } from "./entries/auth-routes.ts";
import { delegateActionEntries } from "./entries/delegate-actions.ts";
import { mediaRouteEntries } from "./entries/media-routes.ts";
import { passwordLinkEntries } from "./entries/password-links.ts";
import { peopleEntries } from "./entries/people.ts";
import { organizerEventEntries } from "./entries/organizer-events.ts";
import { organizerProgrammeEntries } from "./entries/organizer-programme.ts";
import { publicRouteEntries } from "./entries/public-routes.ts";
import { videoMessageEntries } from "./entries/video-messages.ts";
import type { Matrix } from "./types.ts";

// The authorization matrix: one entry per server action and route handler export (the
// keys of inventory.ts), grouped by area, run by matrix.authz.test.ts. inventory.test.ts
// fails when an export has no entry here, or an entry names an export that no longer exists.

export const MATRIX_AREAS = {
  organizer: { ...organizerEventEntries, ...organizerProgrammeEntries },
  agreements: agreementEntries,
  ledger: ledgerEntries,
  video: { ...videoMessageEntries, ...mediaRouteEntries },
  reader: { ...delegateActionEntries, ...authRouteEntries, ...passwordLinkEntries, ...accountLinkEntries },
  publicRoutes: publicRouteEntries,
  people: peopleEntries,
  admin: adminEntries,
  checkin: checkInEntries,
} satisfies Record<string, Matrix>;

export const MATRIX: Matrix = Object.assign({}, ...Object.values(MATRIX_AREAS));

/** How many entries the areas hold together; more than MATRIX has means a key is in two areas. */
export const AREA_ENTRY_COUNT = Object.values(MATRIX_AREAS).reduce((n, area) => n + Object.keys(area).length, 0);
