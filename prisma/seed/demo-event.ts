import type { EventStatus } from "../../server/db/generated/enums.ts";
import { DEMO_DAY, ZONE_JINAN, type Text3 } from "./demo-types.ts";

// The reference event of docs/PRODUCT.md: 30 July 2020, Jinan + Tokyo + Osaka + online.
export const DEMO_EVENT = {
  id: "demo-event-dialogue-with-shandong-2020",
  slug: "dialogue-with-shandong-2020",
  status: "PUBLISHED" as EventStatus,
  // Chinese first: the organizer's language and the language of the main seminar.
  languages: ["zh", "ja", "en"],
  primaryTimeZone: ZONE_JINAN,
  startDate: new Date(`${DEMO_DAY}T00:00:00Z`),
  endDate: new Date(`${DEMO_DAY}T00:00:00Z`),
  streamLinksPublic: true,
  videosPublic: true,
  title: {
    en: "Dialogue with Shandong — Japan-Shandong Industry Cooperation and Exchange Seminar",
    zh: "对话山东——日本·山东产业合作交流会",
    ja: "対話山東——日本・山東産業協力交流会",
  },
  subtitle: {
    en: "Held simultaneously in Jinan, Tokyo and Osaka, and on the cloud",
    zh: "济南、东京、大阪三地同步举行，云端同聚",
    ja: "済南・東京・大阪の三会場とオンラインで同時開催",
  },
  description: {
    en:
      "Organized by the CCPIT Shandong Sub-council, the seminar links a main venue in Jinan with " +
      "venues in Tokyo and Osaka and participants online. Leaders from both sides address the " +
      "plenary, Japanese dignitaries send video messages, cooperation projects are signed, and " +
      "industry seminars on medical and health care and on high-end equipment manufacturing run " +
      "alongside city cooperation seminars for Jinan and Qingdao.",
    zh:
      "本次交流会由中国国际贸易促进委员会山东省分会主办，以济南为主会场，与东京、大阪分会场及线上嘉宾" +
      "实时连线。双方领导在主论坛致辞，日本政要发来视频致辞，现场签约一批合作项目；同期举办医疗康养、" +
      "高端装备制造两场产业对接会，以及济南、青岛两场城市合作推介会。",
    ja:
      "中国国際貿易促進委員会山東省分会の主催により、済南のメイン会場と東京・大阪の会場、オンライン参加者" +
      "を結んで開催します。双方の要人が全体会議で挨拶し、日本の要人からビデオメッセージが寄せられ、協力" +
      "プロジェクトの調印式が行われます。あわせて医療・ヘルスケアおよびハイエンド装置製造の産業交流会と、" +
      "済南・青島の都市協力説明会を開催します。",
  } satisfies Text3,
  sideAName: { en: "Shandong side", zh: "山东方", ja: "山東側" } satisfies Text3,
  sideBName: { en: "Japan side", zh: "日方", ja: "日本側" } satisfies Text3,
};
