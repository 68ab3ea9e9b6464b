"use server";

import { randomUUID } from "node:crypto";
import { formAction, page } from "@/server/actions/define-action";
import { createOutcome } from "@/server/outcomes/create-outcome";
import { updateOutcome } from "@/server/outcomes/update-outcome";

const outcomes = (eventId: string) => page(`/organizer/events/${eventId}/outcomes`);

export const createOutcomeAction = formAction({
  run: createOutcome,
  invalidate: ({ outcome }) => outcomes(outcome.eventId),
  // An empty form with a new key, ready for the next outcome.
  keep: (_data, values) => ({ eventId: values.eventId, idempotencyKey: randomUUID(), kind: "PROGRAMME", visibility: "PUBLIC" }),
});

export const updateOutcomeAction = formAction({
  run: updateOutcome,
  invalidate: (outcome) => outcomes(outcome.eventId),
  keep: (outcome, values) => ({ ...values, version: String(outcome.version) }),
});
