import type { TrackColor } from "../../lib/tracks/track-colors.ts";
import type { Text3 } from "./demo-types.ts";

export type DemoTrackKey = "main" | "medical" | "equipment" | "jinan" | "qingdao" | "matchmaking";

export type DemoTrack = { id: string; name: Text3; color: TrackColor; position: number };

/** The reference event's tracks: the main stage, two industry seminars, two city seminars, matchmaking. */
export const DEMO_TRACKS: Record<DemoTrackKey, DemoTrack> = {
  main: { id: "demo-track-main", position: 0, color: "indigo", name: { en: "Main stage", zh: "主论坛", ja: "メインステージ" } },
  medical: {
    id: "demo-track-medical",
    position: 1,
    color: "teal",
    name: { en: "Medical and health", zh: "医疗健康", ja: "医療・ヘルスケア" },
  },
  equipment: {
    id: "demo-track-equipment",
    position: 2,
    color: "violet",
    name: { en: "High-end equipment", zh: "高端装备", ja: "ハイエンド装備" },
  },
  jinan: { id: "demo-track-jinan", position: 3, color: "rose", name: { en: "City of Jinan", zh: "济南市专场", ja: "済南市セミナー" } },
  qingdao: { id: "demo-track-qingdao", position: 4, color: "sky", name: { en: "City of Qingdao", zh: "青岛市专场", ja: "青島市セミナー" } },
  matchmaking: {
    id: "demo-track-matchmaking",
    position: 5,
    color: "amber",
    name: { en: "Business matchmaking", zh: "商务对接", ja: "ビジネスマッチング" },
  },
};
