import type { SessionType } from "../../server/db/generated/enums.ts";
import type { Text3 } from "./demo-types.ts";
import type { DemoTrackKey } from "./demo-tracks.ts";
import type { DemoVenueKey } from "./demo-venues.ts";

export type DemoSessionKey =
  "plenary" | "videoMessages" | "signing" | "lunch" | "medical" | "equipment" | "cityJinan" | "cityQingdao" | "networking";

export type DemoSession = {
  id: string;
  type: SessionType;
  title: Text3;
  abstract: Text3;
  host: DemoVenueKey;
  relays: DemoVenueKey[];
  /** Wall-clock times on 2020-07-30 in the host venue's time zone. */
  start: string;
  end: string;
  track?: DemoTrackKey;
  language: string;
  interpretation: string[];
  streamUrl?: string;
};

const STREAM = "https://live.example.org/dialogue-with-shandong-2020";
const ALL_REMOTE: DemoVenueKey[] = ["tokyo", "osaka", "online"];

export const DEMO_SESSIONS: Record<DemoSessionKey, DemoSession> = {
  plenary: {
    id: "demo-session-plenary",
    type: "PLENARY",
    title: { en: "Main seminar: Dialogue with Shandong", zh: "主论坛：对话山东", ja: "全体会議：対話山東" },
    abstract: {
      en: "Opening addresses by leaders of Shandong Province and of the Japanese business community, linked live between Jinan, Tokyo, Osaka and the cloud venue.",
      zh: "山东省领导与日本经济界代表致辞，济南、东京、大阪与云端会场实时连线。",
      ja: "山東省の指導者と日本経済界の代表による挨拶。済南・東京・大阪の各会場とクラウド会場をライブで結びます。",
    },
    host: "jinan",
    relays: ALL_REMOTE,
    start: "10:00",
    end: "11:00",
    track: "main",
    language: "zh",
    interpretation: ["ja", "en"],
    streamUrl: `${STREAM}/main`,
  },
  videoMessages: {
    id: "demo-session-video-messages",
    type: "VIDEO_MESSAGES",
    title: { en: "Congratulatory video messages from Japan", zh: "日本政要视频致辞", ja: "日本の要人によるビデオメッセージ" },
    abstract: {
      en: "Japanese dignitaries who could not attend in person address the seminar by recorded video message.",
      zh: "未能亲临现场的日本政要通过录制视频向交流会致贺。",
      ja: "会場に来られなかった日本の要人が、録画したビデオメッセージで交流会に祝意を寄せます。",
    },
    host: "jinan",
    relays: ALL_REMOTE,
    start: "11:00",
    end: "11:20",
    track: "main",
    language: "ja",
    interpretation: ["zh", "en"],
    streamUrl: `${STREAM}/main`,
  },
  signing: {
    id: "demo-session-signing",
    type: "SIGNING_CEREMONY",
    title: { en: "Signing ceremony for cooperation projects", zh: "合作项目签约仪式", ja: "協力プロジェクト調印式" },
    abstract: {
      en: "Shandong and Japanese partners sign 17 cooperation projects at the Jinan, Tokyo and Osaka venues.",
      zh: "鲁日双方企业和机构在济南、东京、大阪三地会场签署17个合作项目。",
      ja: "山東と日本のパートナーが済南・東京・大阪の各会場で17件の協力プロジェクトに調印します。",
    },
    host: "jinan",
    relays: ALL_REMOTE,
    start: "11:20",
    end: "12:00",
    track: "main",
    language: "zh",
    interpretation: ["ja", "en"],
    streamUrl: `${STREAM}/main`,
  },
  lunch: {
    id: "demo-session-lunch",
    type: "BREAK",
    title: { en: "Lunch break", zh: "午餐休息", ja: "昼食休憩" },
    abstract: {
      en: "Lunch for participants at the Jinan venue.",
      zh: "济南主会场嘉宾午餐。",
      ja: "済南会場の参加者向け昼食。",
    },
    host: "jinan",
    relays: [],
    start: "12:00",
    end: "13:30",
    language: "zh",
    interpretation: [],
  },
  medical: {
    id: "demo-session-industry-medical",
    type: "INDUSTRY_SEMINAR",
    title: {
      en: "Industry seminar: medical care and health care",
      zh: "医疗康养产业对接会",
      ja: "産業交流会：医療・ヘルスケア",
    },
    abstract: {
      en: "Hospitals, device makers and elderly-care operators from Shandong and Japan present projects and meet partners.",
      zh: "山东与日本的医院、医疗器械企业和养老服务机构推介项目、对接合作。",
      ja: "山東と日本の病院、医療機器メーカー、介護事業者がプロジェクトを紹介し、パートナーと商談します。",
    },
    host: "osaka",
    relays: ["jinan", "online"],
    start: "15:00",
    end: "16:30",
    track: "medical",
    language: "ja",
    interpretation: ["zh", "en"],
    streamUrl: `${STREAM}/medical`,
  },
  equipment: {
    id: "demo-session-industry-equipment",
    type: "INDUSTRY_SEMINAR",
    title: {
      en: "Industry seminar: high-end equipment manufacturing",
      zh: "高端装备制造产业对接会",
      ja: "産業交流会：ハイエンド装置製造",
    },
    abstract: {
      en: "Machinery, robotics and precision-component makers discuss joint production, automation and supply chains.",
      zh: "机械、机器人和精密零部件企业围绕联合生产、智能制造和供应链合作展开交流。",
      ja: "機械、ロボット、精密部品メーカーが共同生産、自動化、サプライチェーン協力について意見交換します。",
    },
    host: "tokyo",
    relays: ["jinan", "online"],
    start: "15:00",
    end: "16:30",
    track: "equipment",
    language: "ja",
    interpretation: ["zh"],
    streamUrl: `${STREAM}/equipment`,
  },
  cityJinan: {
    id: "demo-session-city-jinan",
    type: "CITY_SEMINAR",
    title: { en: "City cooperation seminar: Jinan", zh: "济南城市合作推介会", ja: "都市協力説明会：済南" },
    abstract: {
      en: "Jinan presents its industrial parks, investment policies and opportunities for Japanese companies.",
      zh: "济南市推介产业园区、投资政策以及面向日本企业的合作机遇。",
      ja: "済南市が産業団地、投資政策、日本企業向けの協力機会を紹介します。",
    },
    host: "jinan",
    relays: ["tokyo", "online"],
    start: "14:00",
    end: "15:00",
    track: "jinan",
    language: "zh",
    interpretation: ["ja"],
    streamUrl: `${STREAM}/jinan`,
  },
  cityQingdao: {
    id: "demo-session-city-qingdao",
    type: "CITY_SEMINAR",
    title: { en: "City cooperation seminar: Qingdao", zh: "青岛城市合作推介会", ja: "都市協力説明会：青島" },
    abstract: {
      en: "Qingdao presents its port, logistics and marine-economy projects and the China–Japan local cooperation demonstration zone.",
      zh: "青岛市推介港口物流、海洋经济项目以及中日地方发展合作示范区。",
      ja: "青島市が港湾物流、海洋経済プロジェクト、中日地方発展協力モデル区を紹介します。",
    },
    host: "jinan",
    relays: ["osaka", "online"],
    start: "15:15",
    end: "16:15",
    track: "qingdao",
    language: "zh",
    interpretation: ["ja"],
    streamUrl: `${STREAM}/qingdao`,
  },
  networking: {
    id: "demo-session-networking",
    type: "NETWORKING",
    title: { en: "Online business matchmaking", zh: "线上企业洽谈", ja: "オンライン商談会" },
    abstract: {
      en: "One-to-one video meetings between Shandong and Japanese companies, arranged in advance by the organizers.",
      zh: "由主办方事先安排，山东与日本企业进行一对一视频洽谈。",
      ja: "主催者が事前に調整した、山東と日本の企業による一対一のオンライン商談。",
    },
    host: "online",
    relays: [],
    start: "16:30",
    end: "17:30",
    track: "matchmaking",
    language: "zh",
    interpretation: ["ja"],
  },
};
