export { isValidTimeZone, zoneOffsetLabel, zoneOffsetMinutes, formatOffset } from "./zones.ts";
export { localToUtc, utcToLocal, NonexistentLocalTimeError, type LocalToUtcResult } from "./convert.ts";
export { formatInZone, formatInZoneParts, type ZonedParts, formatCalendarDate, formatCalendarRange, type TimeStyle } from "./format.ts";
