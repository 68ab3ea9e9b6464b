import "server-only";

// FormData → the plain object the zod schemas take. Field names use dots for nesting
// ("title.en") and a trailing "[]" for lists ("relayVenueIds[]"); Next's own "$ACTION"
// fields are skipped. The same object is echoed back so the form keeps what was typed.

export type FormValues = Record<string, string | string[]>;

export function formValues(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? values : (values[0] ?? "");
  }
  return out;
}

export function formToInput(values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(values)) {
    const key = rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey;
    const path = key.split(".");
    let node = out;
    for (const part of path.slice(0, -1)) {
      if (part === "__proto__" || part === "constructor" || part === "prototype") return out;
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[path.at(-1)!] = value;
  }
  return out;
}
