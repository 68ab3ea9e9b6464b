import type { Message } from "@/lib/i18n/server-messages/message";
import { english } from "@/lib/i18n/server-messages/translate-message";
import { localizeResult } from "@/server/i18n/localize-result";
import type { ActionResult, LocalizedResult } from "@/server/shared/result";

// Tests read a server function's answer as an English reader would see it (the codes
// rendered through the English catalogue), so an assertion on the text proves the code too.
export function inEnglish<T>(result: ActionResult<T>): LocalizedResult<T> {
  return localizeResult(result, "en");
}

export { english };
export type { Message };
