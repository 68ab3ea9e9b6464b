import { buildPersonalIcs } from "@/server/calendar/build-personal-ics";
import { icsContext, icsResponse } from "@/server/calendar/calendar-response";

/** A delegate's private subscription feed; the token is the credential, a wrong one is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return icsResponse(await buildPersonalIcs(token, await icsContext(request)), "my-agenda.ics", { private: true });
}
