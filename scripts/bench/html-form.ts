// What a browser would submit for a server-rendered form, read from the HTML React
// rendered: enough HTML parsing for React's own output (quoted attributes, no nested
// forms), not a general parser. Used by the mixed benchmark so organizer writes send
// exactly the fields the edit page offers, with the version it showed.

export type FormPair = [name: string, value: string];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

/** The outer HTML of every <form> in the page, in order. */
export function findForms(html: string): string[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((m) => m[0]);
}

const SKIPPED_INPUTS = new Set(["submit", "button", "image", "reset", "file"]);

/** The name/value pairs the form submits, in document order (browser rules for each control). */
export function serializeForm(formHtml: string): FormPair[] {
  const pairs: FormPair[] = [];
  const tags = /<(input|select|textarea)\b([^>]*)>|<\/select>/gi;
  let select: {
    name: string;
    multiple: boolean;
    disabled: boolean;
    options: { value: string; selected: boolean; disabled: boolean }[];
  } | null = null;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(formHtml))) {
    if (m[0].toLowerCase() === "</select>") {
      if (select && !select.disabled && select.name) {
        const chosen = select.options.filter((o) => o.selected && !o.disabled);
        const first = select.options.find((o) => !o.disabled);
        const values = chosen.length ? (select.multiple ? chosen : [chosen.at(-1)!]) : select.multiple || !first ? [] : [first];
        for (const o of values) pairs.push([select.name, o.value]);
      }
      select = null;
      continue;
    }
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    const name = attrs.get("name") ?? "";
    const disabled = attrs.has("disabled");
    if (tag === "select") {
      const body = formHtml.slice(tags.lastIndex, formHtml.indexOf("</select>", tags.lastIndex));
      const options = [...body.matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|<\/option>|$)/gi)].map((o) => {
        const a = parseAttributes(o[1]);
        const text = decodeEntities(o[2].replace(/<[^>]*>/g, ""))
          .replace(/\s+/g, " ")
          .trim();
        return { value: a.get("value") ?? text, selected: a.has("selected"), disabled: a.has("disabled") };
      });
      select = { name, multiple: attrs.has("multiple"), disabled, options };
      continue;
    }
    if (!name || disabled) continue;
    if (tag === "textarea") {
      const end = formHtml.indexOf("</textarea>", tags.lastIndex);
      // Browsers drop one newline right after <textarea>.
      const text = decodeEntities(formHtml.slice(tags.lastIndex, end === -1 ? undefined : end)).replace(/^\r?\n/, "");
      pairs.push([name, text]);
      continue;
    }
    const type = (attrs.get("type") ?? "text").toLowerCase();
    if (SKIPPED_INPUTS.has(type)) continue;
    if ((type === "checkbox" || type === "radio") && !attrs.has("checked")) continue;
    pairs.push([name, attrs.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
  }
  return pairs;
}

/**
 * The server action a React form posts to: from the `$ACTION_ID_<id>` field of a plain
 * action, or the `$ACTION_<n>:0` reference ({"id": ...}) of a useActionState form.
 */
export function formActionId(pairs: readonly FormPair[]): string | null {
  for (const [name, value] of pairs) {
    if (name.startsWith("$ACTION_ID_")) return name.slice("$ACTION_ID_".length);
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        const ref = JSON.parse(value) as { id?: unknown };
        if (typeof ref.id === "string") return ref.id;
      } catch {
        /* not a reference */
      }
    }
  }
  return null;
}

/** The user's fields only (React's `$ACTION…` bookkeeping removed). */
export function userFields(pairs: readonly FormPair[]): FormPair[] {
  return pairs.filter(([name]) => !name.startsWith("$ACTION"));
}
