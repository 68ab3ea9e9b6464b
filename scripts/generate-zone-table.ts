// `npm run zones:generate`: writes lib/time/zone-table.json, the data of the searchable
// time-zone picker: every IANA zone this Node knows (Intl.supportedValuesOf), its country
// (countries-and-timezones, from the tz database's zone.tab) and its exemplar city in
// English, Chinese and Japanese (CLDR, cldr-dates-full). Country names are not stored: the
// picker gets them from Intl.DisplayNames in the reader's browser. Both packages are
// devDependencies; only the generated table ships.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ct from "countries-and-timezones";

const require = createRequire(import.meta.url);
const OUT = path.resolve("lib/time/zone-table.json");

// Cities of the reference event that CLDR does not name as a zone's exemplar: the tz database
// keeps one city per zone (Asia/Shanghai for all of China), so "Jinan" would find nothing.
const EXTRA_CITIES: Record<string, { en: string; zh: string; ja: string }[]> = {
  "Asia/Shanghai": [
    { en: "Beijing", zh: "北京", ja: "北京" },
    { en: "Jinan", zh: "济南", ja: "済南" },
    { en: "Qingdao", zh: "青岛", ja: "青島" },
  ],
  "Asia/Tokyo": [{ en: "Osaka", zh: "大阪", ja: "大阪" }],
};

type Cldr = { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
function exemplarCities(locale: string): Map<string, string> {
  const json = JSON.parse(readFileSync(require.resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`), "utf8")) as Cldr;
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string[]) => {
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (typeof o.exemplarCity === "string") out.set(prefix.join("/"), o.exemplarCity);
    for (const [k, v] of Object.entries(o)) if (k !== "exemplarCity" && typeof v === "object") walk(v, [...prefix, k]);
  };
  walk(json.main[locale].dates.timeZoneNames.zone, []);
  return out;
}

const cities = { en: exemplarCities("en"), zh: exemplarCities("zh"), ja: exemplarCities("ja") };
const fromId = (id: string) => (id.split("/").pop() ?? id).replace(/_/g, " ");
const zones = [...Intl.supportedValuesOf("timeZone"), "UTC"].filter((z, i, all) => all.indexOf(z) === i);

const table = zones.map((id) => {
  const tz = ct.getTimezone(id);
  const country = tz?.countries[0] ?? null;
  const en = cities.en.get(id) ?? fromId(id);
  const row: { id: string; country: string | null; city: [string, string, string]; also?: [string, string, string][] } = {
    id,
    country,
    city: [en, cities.zh.get(id) ?? en, cities.ja.get(id) ?? en],
  };
  const extra = EXTRA_CITIES[id];
  if (extra) row.also = extra.map((c) => [c.en, c.zh, c.ja]);
  return row;
});

writeFileSync(OUT, `${JSON.stringify(table)}\n`);
console.log(`zones:generate: ${table.length} zones → ${path.relative(".", OUT)} (${(JSON.stringify(table).length / 1024).toFixed(1)} KiB)`);
