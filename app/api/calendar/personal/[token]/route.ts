import { buildPersonalIcs } from "@/server/calendar/build-personal-ics";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";
import { icsContext, icsResponse } from "@/server/calendar/calendar-response";

/** A delegate's private subscription feed; the token is the credential, a wrong one is 404. */
export const GET = withDatabaseFallback(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  return icsResponse(await buildPersonalIcs(token, await icsContext(request)), "my-agenda.ics", { private: true });
});
