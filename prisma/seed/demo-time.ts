import { DateTime } from "luxon";
import { DEMO_DAY } from "./demo-types.ts";

/** A wall-clock time ("09:30") on the demo day in `zone`, as the UTC instant we store. */
export function localInstant(time: string, zone: string, day = DEMO_DAY): Date {
  const dt = DateTime.fromISO(`${day}T${time}`, { zone });
  if (!dt.isValid) throw new Error(`Invalid demo time ${day}T${time} in ${zone}: ${dt.invalidExplanation}`);
  return dt.toUTC().toJSDate();
}
