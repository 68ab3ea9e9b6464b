import type { VenueKind } from "../../server/db/generated/enums.ts";
import { ZONE_JAPAN, ZONE_JINAN, type Text3 } from "./demo-types.ts";

export type DemoVenueKey = "jinan" | "tokyo" | "osaka" | "online";

export type DemoVenue = {
  id: string;
  kind: VenueKind;
  name: Text3;
  city?: Text3;
  country?: string;
  address?: Text3;
  timeZone: string;
  capacity?: number;
  platform?: string;
  streamUrl?: string;
  interpretationUrls?: Text3;
  position: number;
};

const STREAM = "https://live.example.org/dialogue-with-shandong-2020";

export const DEMO_VENUES: Record<DemoVenueKey, DemoVenue> = {
  jinan: {
    id: "demo-venue-jinan",
    kind: "PHYSICAL",
    name: { en: "Jinan main venue — Shandong Hotel", zh: "济南主会场——山东大厦", ja: "済南メイン会場——山東大廈" },
    city: { en: "Jinan", zh: "济南", ja: "済南" },
    country: "CN",
    address: {
      en: "2 Ma'anshan Road, Shizhong District, Jinan, Shandong",
      zh: "山东省济南市市中区马鞍山路2号",
      ja: "山東省済南市市中区馬鞍山路2号",
    },
    timeZone: ZONE_JINAN,
    capacity: 300,
    position: 0,
  },
  tokyo: {
    id: "demo-venue-tokyo",
    kind: "PHYSICAL",
    name: { en: "Tokyo venue — Toranomon Hall", zh: "东京分会场——虎之门会馆", ja: "東京会場——虎ノ門ホール" },
    city: { en: "Tokyo", zh: "东京", ja: "東京" },
    country: "JP",
    address: {
      en: "1-1-1 Toranomon, Minato-ku, Tokyo 105-0001",
      zh: "东京都港区虎之门1-1-1",
      ja: "〒105-0001 東京都港区虎ノ門1-1-1",
    },
    timeZone: ZONE_JAPAN,
    capacity: 120,
    position: 1,
  },
  osaka: {
    id: "demo-venue-osaka",
    kind: "PHYSICAL",
    name: { en: "Osaka venue — Nakanoshima Conference Hall", zh: "大阪分会场——中之岛会议厅", ja: "大阪会場——中之島カンファレンスホール" },
    city: { en: "Osaka", zh: "大阪", ja: "大阪" },
    country: "JP",
    address: {
      en: "3-2-4 Nakanoshima, Kita-ku, Osaka 530-0005",
      zh: "大阪府大阪市北区中之岛3-2-4",
      ja: "〒530-0005 大阪府大阪市北区中之島3-2-4",
    },
    timeZone: ZONE_JAPAN,
    capacity: 80,
    position: 2,
  },
  online: {
    id: "demo-venue-online",
    kind: "ONLINE",
    name: { en: "Cloud venue", zh: "云端会场", ja: "クラウド会場" },
    // The online audience follows the organizer's clock.
    timeZone: ZONE_JINAN,
    capacity: 1000,
    platform: "Zoom Webinar",
    streamUrl: STREAM,
    interpretationUrls: { zh: `${STREAM}/zh`, ja: `${STREAM}/ja`, en: `${STREAM}/en` },
    position: 3,
  },
};
