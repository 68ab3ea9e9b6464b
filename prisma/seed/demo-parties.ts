import type { SideCode } from "../../server/db/generated/enums.ts";
import type { Text3 } from "./demo-types.ts";

// Signatories of the demo agreements. Companies and bodies are fictional.
export const CITIES = {
  jinan: { en: "Jinan", zh: "济南", ja: "済南" },
  qingdao: { en: "Qingdao", zh: "青岛", ja: "青島" },
  yantai: { en: "Yantai", zh: "烟台", ja: "煙台" },
  weifang: { en: "Weifang", zh: "潍坊", ja: "濰坊" },
  zibo: { en: "Zibo", zh: "淄博", ja: "淄博" },
  weihai: { en: "Weihai", zh: "威海", ja: "威海" },
  dongying: { en: "Dongying", zh: "东营", ja: "東営" },
  linyi: { en: "Linyi", zh: "临沂", ja: "臨沂" },
  jining: { en: "Jining", zh: "济宁", ja: "済寧" },
  tokyo: { en: "Tokyo", zh: "东京", ja: "東京" },
  osaka: { en: "Osaka", zh: "大阪", ja: "大阪" },
  yokohama: { en: "Yokohama", zh: "横滨", ja: "横浜" },
  kawasaki: { en: "Kawasaki", zh: "川崎", ja: "川崎" },
  nagoya: { en: "Nagoya", zh: "名古屋", ja: "名古屋" },
  hamamatsu: { en: "Hamamatsu", zh: "滨松", ja: "浜松" },
  kobe: { en: "Kobe", zh: "神户", ja: "神戸" },
  fukuoka: { en: "Fukuoka", zh: "福冈", ja: "福岡" },
  shimonoseki: { en: "Shimonoseki", zh: "下关", ja: "下関" },
  kanazawa: { en: "Kanazawa", zh: "金泽", ja: "金沢" },
  sakai: { en: "Sakai", zh: "堺市", ja: "堺" },
  kyoto: { en: "Kyoto", zh: "京都", ja: "京都" },
  wakayama: { en: "Wakayama", zh: "和歌山", ja: "和歌山" },
} satisfies Record<string, Text3>;

export type DemoCity = keyof typeof CITIES;
export type DemoParty = { id: string; side: SideCode; name: Text3; city: DemoCity };

const a = (key: string, city: DemoCity, en: string, zh: string, ja: string): DemoParty => ({
  id: `demo-party-${key}`,
  side: "A",
  city,
  name: { en, zh, ja },
});
const b = (key: string, city: DemoCity, en: string, zh: string, ja: string): DemoParty => ({
  id: `demo-party-${key}`,
  side: "B",
  city,
  name: { en, zh, ja },
});

export const DEMO_PARTIES = {
  jinanMedical: a(
    "jinan-medical",
    "jinan",
    "Jinan Quancheng Medical Technology Co., Ltd.",
    "济南泉城医疗科技有限公司",
    "済南泉城医療科技有限公司",
  ),
  weihaiHealth: a("weihai-health", "weihai", "Weihai Blue Ocean Health Industry Park", "威海蓝海健康产业园", "威海藍海健康産業園"),
  qingdaoRobotics: a(
    "qingdao-robotics",
    "qingdao",
    "Qingdao Hairun Robotics Co., Ltd.",
    "青岛海润机器人有限公司",
    "青島海潤ロボット有限公司",
  ),
  weifangPower: a("weifang-power", "weifang", "Weifang Power Machinery Co., Ltd.", "潍坊动力机械有限公司", "濰坊動力機械有限公司"),
  qingdaoPark: a(
    "qingdao-park",
    "qingdao",
    "Qingdao Jiaozhou Bay Industrial Park Administration",
    "青岛胶州湾产业园管理委员会",
    "青島膠州湾産業園管理委員会",
  ),
  yantaiHydrogen: a(
    "yantai-hydrogen",
    "yantai",
    "Yantai Bohai Hydrogen Energy Co., Ltd.",
    "烟台渤海氢能有限公司",
    "煙台渤海水素エネルギー有限公司",
  ),
  dongyingEnergy: a(
    "dongying-energy",
    "dongying",
    "Dongying New Energy Investment Co., Ltd.",
    "东营新能源投资有限公司",
    "東営新エネルギー投資有限公司",
  ),
  qingdaoLogistics: a(
    "qingdao-logistics",
    "qingdao",
    "Qingdao Haiyun Logistics Group Co., Ltd.",
    "青岛海运物流集团有限公司",
    "青島海運物流集団有限公司",
  ),
  linyiTrade: a("linyi-trade", "linyi", "Linyi International Trade and Logistics City", "临沂国际商贸物流城", "臨沂国際商業貿易物流城"),
  yantaiFood: a("yantai-food", "yantai", "Yantai Fushan Fruit and Food Co., Ltd.", "烟台福山果品食品有限公司", "煙台福山果品食品有限公司"),
  weifangVegetable: a(
    "weifang-vegetable",
    "weifang",
    "Shouguang Green Vegetable Technology Co., Ltd.",
    "寿光绿色蔬菜科技有限公司",
    "寿光グリーン野菜科技有限公司",
  ),
  ziboChemicals: a("zibo-chemicals", "zibo", "Zibo Qilu Fine Chemicals Co., Ltd.", "淄博齐鲁精细化工有限公司", "淄博斉魯精細化工有限公司"),
  jinanDigital: a(
    "jinan-digital",
    "jinan",
    "Shandong Qilu Digital Industry Co., Ltd.",
    "山东齐鲁数字产业有限公司",
    "山東斉魯デジタル産業有限公司",
  ),
  qufuTourism: a("qufu-tourism", "jining", "Qufu Cultural Tourism Development Group", "曲阜文化旅游发展集团", "曲阜文化観光発展集団"),
  jinanCity: a("jinan-city", "jinan", "Jinan Municipal People's Government", "济南市人民政府", "済南市人民政府"),
  naniwaMedical: b("naniwa-medical", "osaka", "Naniwa Medical Devices Co., Ltd.", "浪速医疗器械株式会社", "浪速メディカルデバイス株式会社"),
  yokohamaCare: b(
    "yokohama-care",
    "yokohama",
    "Yokohama Silver Care Services Co., Ltd.",
    "横滨银发护理服务株式会社",
    "横浜シルバーケアサービス株式会社",
  ),
  keihinMachinery: b(
    "keihin-machinery",
    "kawasaki",
    "Keihin Precision Machinery Co., Ltd.",
    "京滨精密机械株式会社",
    "京浜精密機械株式会社",
  ),
  nagoyaRobotics: b(
    "nagoya-robotics",
    "nagoya",
    "Nagoya Robotics Works Co., Ltd.",
    "名古屋机器人工业株式会社",
    "名古屋ロボティクス工業株式会社",
  ),
  hamamatsuMotion: b(
    "hamamatsu-motion",
    "hamamatsu",
    "Hamamatsu Motion Components Co., Ltd.",
    "滨松运动部件株式会社",
    "浜松モーションコンポーネンツ株式会社",
  ),
  kansaiHydrogen: b(
    "kansai-hydrogen",
    "kobe",
    "Kansai Hydrogen Solutions Co., Ltd.",
    "关西氢能解决方案株式会社",
    "関西水素ソリューションズ株式会社",
  ),
  kyushuSolar: b(
    "kyushu-solar",
    "fukuoka",
    "Kyushu Solar Energy Systems Co., Ltd.",
    "九州太阳能系统株式会社",
    "九州ソーラーエネルギーシステム株式会社",
  ),
  setouchiLogistics: b("setouchi-logistics", "kobe", "Setouchi Logistics Co., Ltd.", "濑户内物流株式会社", "瀬戸内ロジスティクス株式会社"),
  shimonosekiTrade: b("shimonoseki-trade", "shimonoseki", "Shimonoseki Port Trade Association", "下关港贸易协会", "下関港貿易協会"),
  osakaFoods: b("osaka-foods", "osaka", "Osaka Central Foods Trading Co., Ltd.", "大阪中央食品贸易株式会社", "大阪中央食品商事株式会社"),
  hokurikuAgritech: b("hokuriku-agritech", "kanazawa", "Hokuriku Agritech Co., Ltd.", "北陆农业科技株式会社", "北陸アグリテック株式会社"),
  izumiChemicals: b(
    "izumi-chemicals",
    "sakai",
    "Izumi Specialty Chemicals Co., Ltd.",
    "和泉特种化学株式会社",
    "和泉スペシャリティケミカル株式会社",
  ),
  tokyoDigital: b("tokyo-digital", "tokyo", "Tokyo Digital Bridge Inc.", "东京数字桥株式会社", "東京デジタルブリッジ株式会社"),
  kyotoTravel: b("kyoto-travel", "kyoto", "Kyoto Heritage Travel Co., Ltd.", "京都遗产旅行株式会社", "京都ヘリテージトラベル株式会社"),
  wakayamaFriendship: b(
    "wakayama-friendship",
    "wakayama",
    "Wakayama–Jinan Friendship Association",
    "和歌山济南友好协会",
    "和歌山済南友好協会",
  ),
} satisfies Record<string, DemoParty>;

export type DemoPartyKey = keyof typeof DEMO_PARTIES;

export function partyCountry(p: DemoParty): string {
  return p.side === "A" ? "CN" : "JP";
}
