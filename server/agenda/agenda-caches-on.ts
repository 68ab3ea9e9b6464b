import "server-only";
import { env } from "@/server/env";

// Whether this process keeps built agendas and rendered agenda pages (server/env.ts,
// ACCORD_AGENDA_CACHE). Fixed when the process starts (read on first use and kept): a
// request cannot turn the caches off.
let on: boolean | undefined;

export function agendaCachesOn(): boolean {
  return (on ??= env().ACCORD_AGENDA_CACHE !== "off");
}

/** Tests switch the setting; the next read takes it from the environment again. */
export function resetAgendaCachesForTests(): void {
  on = undefined;
}
