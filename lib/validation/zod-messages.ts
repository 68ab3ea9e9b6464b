import { z } from "zod";
import { code } from "@/lib/i18n/server-messages/message";

// Messages for the checks our schemas make without a message of their own (a plain
// .max(), a wrong type, an unexpected key). They are message codes; invalid()
// (server/shared/result.ts) adds the issue's values (max, min, list), and the action
// boundary translates them. Messages given in a schema (code("…")) always win over these.
z.config({
  // No compiled parsers: zod would otherwise probe `new Function()`, which the CSP forbids
  // (a violation report on every form page; lib/csp.ts).
  jitless: true,
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === ""
          ? code("validation.required")
          : code("validation.invalidValue");
      case "too_big":
        if (issue.origin === "string") return code("validation.mustAtMostCharacters");
        if (issue.origin === "array" || issue.origin === "set") return code("validation.chooseAtMost");
        return code("validation.mustAtMost");
      case "too_small":
        if (issue.origin === "string")
          return Number(issue.minimum) <= 1 ? code("validation.required") : code("validation.mustAtLeastCharacters");
        if (issue.origin === "array" || issue.origin === "set") return code("validation.chooseAtLeast");
        return code("validation.mustAtLeast");
      case "invalid_format":
        return code("validation.checkFormatValue");
      case "invalid_value":
        return code("validation.chooseListedOptions");
      case "unrecognized_keys":
        return code("validation.unexpectedFields");
      default:
        return code("validation.invalidValue");
    }
  },
});

export {};
