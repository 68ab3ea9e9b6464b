import type { AgreementType } from "../../server/db/generated/enums.ts";
import type { DemoCity, DemoPartyKey } from "./demo-parties.ts";
import type { Text3 } from "./demo-types.ts";
import type { DemoSessionKey } from "./demo-sessions.ts";
import type { DemoVenueKey } from "./demo-venues.ts";

// The 17 projects signed at the ceremony. Values are declared in the currency's minor unit
// (fen, cents; yen has none), as Agreement.valueMinor stores them.
export type DemoAgreement = {
  key: string;
  title: Text3;
  sector: string;
  type: AgreementType;
  value?: { minor: bigint; currency: "CNY" | "JPY" | "USD" };
  cityA: DemoCity;
  cityB: DemoCity;
  venue: DemoVenueKey;
  sideA: DemoPartyKey[];
  sideB: DemoPartyKey[];
};

const cny = (yuan: number) => ({ minor: BigInt(yuan) * 100n, currency: "CNY" as const });
const usd = (dollars: number) => ({ minor: BigInt(dollars) * 100n, currency: "USD" as const });
const jpy = (yen: number) => ({ minor: BigInt(yen), currency: "JPY" as const });

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    key: "01",
    sector: "medical-health",
    type: "MOU",
    value: cny(80_000_000),
    cityA: "jinan",
    cityB: "osaka",
    venue: "osaka",
    sideA: ["jinanMedical"],
    sideB: ["naniwaMedical"],
    title: {
      en: "Joint development of minimally invasive surgical instruments",
      zh: "微创手术器械联合研发合作备忘录",
      ja: "低侵襲手術器具の共同開発に関する覚書",
    },
  },
  {
    key: "02",
    sector: "medical-health",
    type: "INVESTMENT",
    value: jpy(1_200_000_000),
    cityA: "weihai",
    cityB: "yokohama",
    venue: "tokyo",
    sideA: ["weihaiHealth"],
    sideB: ["yokohamaCare"],
    title: {
      en: "Japanese-style elderly care and rehabilitation centre in Weihai",
      zh: "威海日式康养及康复中心投资项目",
      ja: "威海における日本式介護・リハビリテーションセンター投資プロジェクト",
    },
  },
  {
    key: "03",
    sector: "medical-health",
    type: "CONTRACT",
    value: usd(6_500_000),
    cityA: "jinan",
    cityB: "yokohama",
    venue: "jinan",
    sideA: ["jinanMedical"],
    sideB: ["yokohamaCare"],
    title: {
      en: "Supply of rehabilitation and nursing-care equipment",
      zh: "康复护理设备供货合同",
      ja: "リハビリ・介護機器の供給契約",
    },
  },
  {
    key: "04",
    sector: "high-end-equipment",
    type: "TECHNOLOGY_TRANSFER",
    value: jpy(450_000_000),
    cityA: "weifang",
    cityB: "kawasaki",
    venue: "tokyo",
    sideA: ["weifangPower"],
    sideB: ["keihinMachinery"],
    title: {
      en: "Licence for precision fuel-injection component technology",
      zh: "精密燃油喷射部件技术许可",
      ja: "精密燃料噴射部品技術のライセンス供与",
    },
  },
  {
    key: "05",
    sector: "high-end-equipment",
    type: "INVESTMENT",
    value: usd(30_000_000),
    cityA: "qingdao",
    cityB: "nagoya",
    venue: "tokyo",
    sideA: ["qingdaoRobotics"],
    sideB: ["nagoyaRobotics"],
    title: {
      en: "Joint venture producing industrial-robot reducers in Qingdao",
      zh: "青岛工业机器人减速器合资项目",
      ja: "青島での産業用ロボット減速機合弁事業",
    },
  },
  {
    key: "06",
    sector: "high-end-equipment",
    type: "CONTRACT",
    value: cny(150_000_000),
    cityA: "qingdao",
    cityB: "hamamatsu",
    venue: "jinan",
    sideA: ["qingdaoPark"],
    sideB: ["hamamatsuMotion"],
    title: {
      en: "Construction and lease of a linear-motion components plant",
      zh: "直线运动部件工厂建设及租赁合同",
      ja: "直動部品工場の建設・賃貸契約",
    },
  },
  {
    key: "07",
    sector: "new-energy",
    type: "MOU",
    cityA: "yantai",
    cityB: "kobe",
    venue: "osaka",
    sideA: ["yantaiHydrogen"],
    sideB: ["kansaiHydrogen"],
    title: {
      en: "Hydrogen fuel-cell vehicle demonstration project",
      zh: "氢燃料电池汽车示范项目合作备忘录",
      ja: "水素燃料電池車の実証プロジェクトに関する覚書",
    },
  },
  {
    key: "08",
    sector: "new-energy",
    type: "INVESTMENT",
    value: cny(260_000_000),
    cityA: "dongying",
    cityB: "fukuoka",
    venue: "jinan",
    sideA: ["dongyingEnergy"],
    sideB: ["kyushuSolar"],
    title: {
      en: "Distributed photovoltaic power stations in Dongying",
      zh: "东营分布式光伏电站投资项目",
      ja: "東営における分散型太陽光発電所投資プロジェクト",
    },
  },
  {
    key: "09",
    sector: "logistics",
    type: "CONTRACT",
    value: jpy(380_000_000),
    cityA: "qingdao",
    cityB: "kobe",
    venue: "osaka",
    sideA: ["qingdaoLogistics"],
    sideB: ["setouchiLogistics"],
    title: {
      en: "Qingdao–Kobe cold-chain shipping service",
      zh: "青岛—神户冷链航运服务合同",
      ja: "青島—神戸間コールドチェーン海上輸送サービス契約",
    },
  },
  {
    key: "10",
    sector: "logistics",
    type: "LETTER_OF_INTENT",
    cityA: "linyi",
    cityB: "shimonoseki",
    venue: "tokyo",
    sideA: ["linyiTrade"],
    sideB: ["shimonosekiTrade"],
    title: {
      en: "Cross-border e-commerce logistics centre",
      zh: "跨境电商物流中心合作意向书",
      ja: "越境ECの物流センターに関する趣意書",
    },
  },
  {
    key: "11",
    sector: "agriculture-food",
    type: "CONTRACT",
    value: usd(12_000_000),
    cityA: "yantai",
    cityB: "osaka",
    venue: "osaka",
    sideA: ["yantaiFood"],
    sideB: ["osakaFoods"],
    title: {
      en: "Export of Yantai apples and processed fruit to Japan",
      zh: "烟台苹果及果品加工产品对日出口合同",
      ja: "煙台産リンゴ・果実加工品の対日輸出契約",
    },
  },
  {
    key: "12",
    sector: "agriculture-food",
    type: "TECHNOLOGY_TRANSFER",
    value: cny(35_000_000),
    cityA: "weifang",
    cityB: "kanazawa",
    venue: "jinan",
    sideA: ["weifangVegetable"],
    sideB: ["hokurikuAgritech"],
    title: {
      en: "Smart greenhouse cultivation technology",
      zh: "智能温室栽培技术转让",
      ja: "スマート温室栽培技術の移転",
    },
  },
  {
    key: "13",
    sector: "chemicals",
    type: "INVESTMENT",
    value: jpy(2_000_000_000),
    cityA: "zibo",
    cityB: "sakai",
    venue: "osaka",
    sideA: ["ziboChemicals"],
    sideB: ["izumiChemicals"],
    title: {
      en: "High-purity electronic chemicals plant in Zibo",
      zh: "淄博高纯电子化学品项目",
      ja: "淄博における高純度電子化学品工場プロジェクト",
    },
  },
  {
    key: "14",
    sector: "digital-economy",
    type: "MOU",
    cityA: "jinan",
    cityB: "tokyo",
    venue: "tokyo",
    sideA: ["jinanDigital"],
    sideB: ["tokyoDigital"],
    title: {
      en: "Cooperation on an industrial internet platform",
      zh: "工业互联网平台合作备忘录",
      ja: "産業用インターネットプラットフォームの協力に関する覚書",
    },
  },
  {
    key: "15",
    sector: "digital-economy",
    type: "CONTRACT",
    value: cny(18_000_000),
    cityA: "qingdao",
    cityB: "tokyo",
    venue: "jinan",
    sideA: ["qingdaoRobotics", "jinanDigital"],
    sideB: ["tokyoDigital"],
    title: {
      en: "Smart-factory software development and integration",
      zh: "智能工厂软件开发及系统集成合同",
      ja: "スマートファクトリー向けソフトウェア開発・システム統合契約",
    },
  },
  {
    key: "16",
    sector: "culture-tourism",
    type: "MOU",
    cityA: "jining",
    cityB: "kyoto",
    venue: "osaka",
    sideA: ["qufuTourism"],
    sideB: ["kyotoTravel"],
    title: {
      en: "Confucian culture study tours for Japanese visitors",
      zh: "面向日本游客的儒家文化研学旅游合作备忘录",
      ja: "日本人旅行者向け儒教文化研修旅行に関する覚書",
    },
  },
  {
    key: "17",
    sector: "culture-tourism",
    type: "LETTER_OF_INTENT",
    cityA: "jinan",
    cityB: "wakayama",
    venue: "jinan",
    sideA: ["jinanCity"],
    sideB: ["wakayamaFriendship"],
    title: {
      en: "Friendship-city economic, cultural and tourism exchange",
      zh: "友好城市经贸、文化及旅游交流合作意向书",
      ja: "友好都市間の経済・文化・観光交流に関する趣意書",
    },
  },
];

export const demoAgreementId = (a: DemoAgreement) => `demo-agreement-${a.key}`;

/**
 * The session each project was signed at (issue 19: the tally and report group by seminar):
 * the industry seminars' projects there, city projects of Jinan and Qingdao at their city
 * seminars, the rest at the main signing ceremony (3 + 3 + 2 + 2 + 7).
 */
export function demoAgreementSession(a: DemoAgreement): DemoSessionKey {
  if (a.sector === "medical-health") return "medical";
  if (a.sector === "high-end-equipment") return "equipment";
  if (a.cityA === "jinan") return "cityJinan";
  if (a.cityA === "qingdao") return "cityQingdao";
  return "signing";
}

/** Signed one after another from 11:22 Jinan time, two minutes apart, during the ceremony. */
export function demoSignedAtLocal(index: number): string {
  const minutes = 11 * 60 + 22 + index * 2;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
