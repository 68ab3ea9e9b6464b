import type { z } from "zod";
import { msg, type Message, type MessageValue } from "./message.ts";
import { isServerMessageCode } from "./translate-message.ts";

// A zod issue as a Message. Schemas give codes as messages (code() in message.ts; the
// defaults come from lib/validation/zod-messages.ts); the values come from the issue itself.

type Issue = z.core.$ZodIssue;

/** The values a zod check carries (its limit, the unexpected keys, a refinement's params). */
function issueValues(issue: Issue): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  if ("maximum" in issue) values.max = Number(issue.maximum);
  if ("minimum" in issue) values.min = Number(issue.minimum);
  if ("keys" in issue && Array.isArray(issue.keys)) values.list = issue.keys.join(", ");
  if ("params" in issue && issue.params) Object.assign(values, issue.params);
  return values;
}

/** A zod issue as a Message: schemas give codes as messages (code() in message.ts). */
export function issueMessage(issue: Issue): Message {
  if (isServerMessageCode(issue.message)) return msg(issue.message, issueValues(issue));
  // A schema message that is not a code is a mistake: the reader sees "Invalid value", and a
  // test asserting the field's message fails.
  return msg("validation.invalidValue");
}
