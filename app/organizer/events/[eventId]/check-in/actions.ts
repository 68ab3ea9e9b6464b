"use server";

import { formAction, page } from "@/server/actions/define-action";
import { grantSteward, revokeSteward } from "@/server/checkin/stewards";

const here = (eventId: unknown) => page(`/organizer/events/${encodeURIComponent(String(eventId))}/check-in`);

export const grantStewardAction = formAction({
  run: grantSteward,
  invalidate: (_d, values) => here(values.eventId),
  keep: (_d, values) => ({ eventId: values.eventId }),
});

export const revokeStewardAction = formAction({ run: revokeSteward, invalidate: (_d, values) => here(values.eventId) });
