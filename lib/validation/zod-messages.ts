import { z } from "zod";

// Messages for the checks our schemas make without a message of their own (a plain
// .max(), a wrong type, an unexpected key). They are catalogue sentences
// (lib/i18n/server-messages/catalogue.ts), so forms show them in the reader's language.
// Messages given in a schema always win over these.
z.config({
  // No compiled parsers: zod would otherwise probe `new Function()`, which the CSP forbids
  // (a violation report on every form page; lib/csp.ts).
  jitless: true,
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === "" ? "Required" : "Invalid value";
      case "too_big":
        if (issue.origin === "string") return `Must be at most ${issue.maximum} characters`;
        if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${issue.maximum}`;
        return `Must be at most ${issue.maximum}`;
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Required" : `Must be at least ${issue.minimum} characters`;
        if (issue.origin === "array" || issue.origin === "set") return `Choose at least ${issue.minimum}`;
        return `Must be at least ${issue.minimum}`;
      case "invalid_format":
        return "Check the format of this value";
      case "invalid_value":
        return "Choose one of the listed options";
      case "unrecognized_keys":
        return `Unexpected fields: ${issue.keys.join(", ")}`;
      default:
        return "Invalid value";
    }
  },
});

export {};
