"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { findZone, searchZones, zoneOption, type ZoneOption, type ZoneRow } from "@/lib/time/zone-search";

// A searchable time-zone picker (WAI-ARIA combobox with a listbox popup): type a city or a
// country in English, Chinese or Japanese ("Tokyo", "東京", "Japan", "济南") or an IANA
// name, pick with the arrow keys and Enter or by pointer. The IANA name is posted from a
// hidden input. The zone table (31 KiB) is a separate chunk loaded after the page, so it
// never weighs on the first load. Before that, and without JavaScript, the visible input
// itself posts the IANA name it shows.

let tablePromise: Promise<ZoneRow[]> | null = null;
const loadTable = () => (tablePromise ??= import("@/lib/time/zone-table.json").then((m) => m.default as ZoneRow[]));

export function TimeZoneCombobox({
  id,
  name,
  defaultValue,
  className,
  describedBy,
  invalid,
  required,
  label,
  locale,
  text: words,
}: {
  id: string;
  name: string;
  defaultValue: string;
  className: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** The accessible name of the popup list (the field's label text). */
  label: string;
  /** The reader's language, for zone names. */
  locale: Locale;
  /** The "zonePicker" messages, raw: `noMatch` keeps its `{query}` placeholder. Passed as props so a
   *  public page needs no client message provider for this island. */
  text: { noMatch: string; loading: string };
}) {
  const listId = useId();
  const [table, setTable] = useState<ZoneRow[] | null>(null);
  const [value, setValue] = useState(defaultValue);
  const [text, setText] = useState(defaultValue);
  const [options, setOptions] = useState<ZoneOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  const latestText = useRef(defaultValue);

  useEffect(() => {
    let live = true;
    void loadTable().then((rows) => {
      if (!live) return;
      setTable(rows);
      // Show the chosen zone as "Tokyo, Japan (UTC+9)" unless the reader already typed.
      const row = findZone(rows, defaultValue);
      if (row && !typed.current) setText(zoneOption(row, locale).label);
      // Typed (or filled in) before the table arrived: what was typed is the value, as the
      // visible input would have posted it until now.
      if (typed.current) {
        setValue(findZone(rows, latestText.current)?.id ?? latestText.current.trim());
        // The list shown while the table loaded was empty: search again what was typed.
        const found = searchZones(rows, latestText.current, locale);
        setOptions(found);
        setActive(found.length > 0 ? 0 : -1);
      }
    });
    return () => {
      live = false;
    };
  }, [defaultValue, locale]);

  const labelOf = (zone: string) => {
    const row = table && findZone(table, zone);
    return row ? zoneOption(row, locale).label : zone;
  };

  function onType(next: string) {
    typed.current = true;
    latestText.current = next;
    setText(next);
    const exact = table && findZone(table, next);
    if (exact) setValue(exact.id);
    else if (next.trim() === "") setValue("");
    const found = table ? searchZones(table, next, locale) : [];
    setOptions(found);
    setActive(found.length > 0 ? 0 : -1);
    setOpen(next.trim() !== "");
  }

  function choose(option: ZoneOption) {
    setValue(option.id);
    setText(option.label);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        onType(text);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
    } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  // Leaving the field with a half-typed search keeps the zone chosen before, shown as such.
  function onBlur() {
    setOpen(false);
    if (value && text !== labelOf(value) && !(table && findZone(table, text))) setText(labelOf(value));
  }

  const hydrated = table !== null;
  const showList = open && text.trim() !== "";
  // The list exists only while open, so the field's label names one element on the page.
  const listed = showList && options.length > 0;
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        name={hydrated ? undefined : name}
        value={text}
        onChange={(e) => onType(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onFocus={(e) => e.currentTarget.select()}
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={listed && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        autoComplete="off"
        spellCheck={false}
        className={className}
      />
      {hydrated && <input type="hidden" name={name} value={value} />}
      {listed && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-72 w-full min-w-64 overflow-auto rounded-lg border border-stone-300 bg-white py-1 shadow-lg"
        >
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-700 text-white" : "text-stone-900 hover:bg-stone-100"}`}
            >
              <span className="block">{o.label}</span>
              <span className={`block text-xs ${i === active ? "text-white" : "text-stone-600"}`}>{o.id}</span>
            </li>
          ))}
        </ul>
      )}
      {showList && options.length === 0 && (
        <p
          role="status"
          className="absolute z-20 mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-700 shadow-lg"
        >
          {hydrated ? words.noMatch.replace("{query}", text) : words.loading}
        </p>
      )}
    </div>
  );
}
