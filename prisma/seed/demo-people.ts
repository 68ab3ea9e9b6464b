import type { AttendanceMode, SessionRoleKind, SideCode } from "../../server/db/generated/enums.ts";
import type { DemoSessionKey } from "./demo-sessions.ts";
import type { Text3 } from "./demo-types.ts";
import type { DemoVenueKey } from "./demo-venues.ts";

// Everyone here is fictional: the offices match the story, the names do not belong to the
// people who held them.
export type DemoPerson = {
  id: string;
  name: Text3;
  honorific: Text3;
  title: Text3;
  affiliation: Text3;
  country: string;
  side: SideCode;
  precedence: number;
  isVip: boolean;
  mode: AttendanceMode;
  venue?: DemoVenueKey;
};

const MR: Text3 = { en: "Mr.", zh: "先生", ja: "氏" };
const MS: Text3 = { en: "Ms.", zh: "女士", ja: "氏" };
const HE: Text3 = { en: "H.E.", zh: "阁下", ja: "閣下" };
const HON: Text3 = { en: "Hon.", zh: "阁下", ja: "先生" };
const CCPIT_SD: Text3 = {
  en: "CCPIT Shandong Sub-council",
  zh: "中国国际贸易促进委员会山东省分会",
  ja: "中国国際貿易促進委員会山東省分会",
};
const JCEEA: Text3 = { en: "Japan–China Economic Exchange Association", zh: "日中经济交流协会", ja: "日中経済交流協会" };

type P = Omit<DemoPerson, "id" | "country" | "side" | "isVip" | "mode"> & Partial<DemoPerson>;
const shandong = (key: string, p: P): DemoPerson => ({
  id: `demo-person-${key}`,
  country: "CN",
  side: "A",
  isVip: false,
  mode: "IN_PERSON",
  venue: "jinan",
  ...p,
});
const japan = (key: string, p: P): DemoPerson => ({
  id: `demo-person-${key}`,
  country: "JP",
  side: "B",
  isVip: false,
  mode: "IN_PERSON",
  ...p,
});
const vip = (key: string, p: P): DemoPerson => ({
  id: `demo-person-${key}`,
  country: "JP",
  side: "B",
  isVip: true,
  mode: "VIDEO_MESSAGE",
  ...p,
});

export const DEMO_PEOPLE = {
  viceGovernor: shandong("vice-governor", {
    name: { en: "Li Mingde", zh: "李明德", ja: "李明徳" },
    honorific: HE,
    precedence: 10,
    title: { en: "Vice Governor of Shandong Province", zh: "山东省副省长", ja: "山東省副省長" },
    affiliation: { en: "People's Government of Shandong Province", zh: "山东省人民政府", ja: "山東省人民政府" },
  }),
  ccpitChair: shandong("ccpit-chair", {
    name: { en: "Zhao Jianguo", zh: "赵建国", ja: "趙建国" },
    honorific: MR,
    precedence: 20,
    title: {
      en: "Chair, CCPIT Shandong Sub-council",
      zh: "中国国际贸易促进委员会山东省分会会长",
      ja: "中国国際貿易促進委員会山東省分会会長",
    },
    affiliation: CCPIT_SD,
  }),
  jinanViceMayor: shandong("jinan-vice-mayor", {
    name: { en: "Wang Haitao", zh: "王海涛", ja: "王海濤" },
    honorific: MR,
    precedence: 30,
    title: { en: "Vice Mayor of Jinan", zh: "济南市副市长", ja: "済南市副市長" },
    affiliation: { en: "Jinan Municipal People's Government", zh: "济南市人民政府", ja: "済南市人民政府" },
  }),
  qingdaoCommerce: shandong("qingdao-commerce", {
    name: { en: "Liu Xiaoyan", zh: "刘晓燕", ja: "劉暁燕" },
    honorific: MS,
    precedence: 40,
    title: { en: "Deputy Director-General, Qingdao Municipal Bureau of Commerce", zh: "青岛市商务局副局长", ja: "青島市商務局副局長" },
    affiliation: { en: "Qingdao Municipal Bureau of Commerce", zh: "青岛市商务局", ja: "青島市商務局" },
  }),
  healthCommission: shandong("health-commission", {
    name: { en: "Sun Wei", zh: "孙伟", ja: "孫偉" },
    honorific: MR,
    precedence: 50,
    title: {
      en: "Deputy Director, Shandong Provincial Health Commission",
      zh: "山东省卫生健康委员会副主任",
      ja: "山東省衛生健康委員会副主任",
    },
    affiliation: { en: "Shandong Provincial Health Commission", zh: "山东省卫生健康委员会", ja: "山東省衛生健康委員会" },
  }),
  industryDepartment: shandong("industry-department", {
    name: { en: "Gao Peng", zh: "高鹏", ja: "高鵬" },
    honorific: MR,
    precedence: 55,
    title: {
      en: "Deputy Director, Shandong Provincial Department of Industry and Information Technology",
      zh: "山东省工业和信息化厅副厅长",
      ja: "山東省工業・情報化庁副庁長",
    },
    affiliation: {
      en: "Shandong Provincial Department of Industry and Information Technology",
      zh: "山东省工业和信息化厅",
      ja: "山東省工業・情報化庁",
    },
  }),
  hostJinan: shandong("host-jinan", {
    name: { en: "Chen Jing", zh: "陈静", ja: "陳静" },
    honorific: MS,
    precedence: 60,
    title: {
      en: "Director, Liaison Department, CCPIT Shandong Sub-council",
      zh: "中国国际贸易促进委员会山东省分会联络部部长",
      ja: "中国国際貿易促進委員会山東省分会連絡部部長",
    },
    affiliation: CCPIT_SD,
  }),
  jceeaChair: japan("jceea-chair", {
    name: { en: "Hiroshi Okamoto", zh: "冈本宏", ja: "岡本 宏" },
    honorific: MR,
    precedence: 15,
    venue: "tokyo",
    title: { en: "Chairman, Japan–China Economic Exchange Association", zh: "日中经济交流协会会长", ja: "日中経済交流協会会長" },
    affiliation: JCEEA,
  }),
  osakaCouncil: japan("osaka-council", {
    name: { en: "Kazuko Nishimura", zh: "西村和子", ja: "西村 和子" },
    honorific: MS,
    precedence: 25,
    venue: "osaka",
    title: {
      en: "Vice Chair, Osaka International Business Promotion Council",
      zh: "大阪国际商务促进协议会副会长",
      ja: "大阪国際ビジネス振興協議会副会長",
    },
    affiliation: { en: "Osaka International Business Promotion Council", zh: "大阪国际商务促进协议会", ja: "大阪国際ビジネス振興協議会" },
  }),
  hostTokyo: japan("host-tokyo", {
    name: { en: "Ken Fujita", zh: "藤田健", ja: "藤田 健" },
    honorific: MR,
    precedence: 70,
    venue: "tokyo",
    title: {
      en: "Executive Director, Japan–China Economic Exchange Association",
      zh: "日中经济交流协会常务理事",
      ja: "日中経済交流協会常務理事",
    },
    affiliation: JCEEA,
  }),
  medicalCompany: japan("medical-company", {
    name: { en: "Aya Matsuda", zh: "松田彩", ja: "松田 彩" },
    honorific: MS,
    precedence: 80,
    venue: "osaka",
    title: {
      en: "President, Naniwa Medical Devices Co., Ltd.",
      zh: "浪速医疗器械株式会社社长",
      ja: "浪速メディカルデバイス株式会社 代表取締役社長",
    },
    affiliation: { en: "Naniwa Medical Devices Co., Ltd.", zh: "浪速医疗器械株式会社", ja: "浪速メディカルデバイス株式会社" },
  }),
  equipmentCompany: japan("equipment-company", {
    name: { en: "Taro Ishikawa", zh: "石川太郎", ja: "石川 太郎" },
    honorific: MR,
    precedence: 85,
    venue: "tokyo",
    title: {
      en: "Executive Officer, Keihin Precision Machinery Co., Ltd.",
      zh: "京滨精密机械株式会社执行董事",
      ja: "京浜精密機械株式会社 執行役員",
    },
    affiliation: { en: "Keihin Precision Machinery Co., Ltd.", zh: "京滨精密机械株式会社", ja: "京浜精密機械株式会社" },
  }),
  // The four dignitaries who sent video messages, in protocol order.
  vipSecretaryGeneral: vip("vip-secretary-general", {
    name: { en: "Shunsuke Kobayashi", zh: "小林俊介", ja: "小林 俊介" },
    honorific: HON,
    precedence: 1,
    title: { en: "Secretary-General, Japan Progressive Party", zh: "日本进步党干事长", ja: "日本進歩党幹事長" },
    affiliation: { en: "Japan Progressive Party", zh: "日本进步党", ja: "日本進歩党" },
  }),
  vipFormerPm: vip("vip-former-pm", {
    name: { en: "Masao Hayashida", zh: "林田正雄", ja: "林田 正雄" },
    honorific: HE,
    precedence: 2,
    title: { en: "Former Prime Minister of Japan", zh: "日本前首相", ja: "元内閣総理大臣" },
    affiliation: { en: "House of Representatives of Japan", zh: "日本众议院", ja: "衆議院" },
  }),
  vipDeputyMinister: vip("vip-deputy-minister", {
    name: { en: "Keiko Mori", zh: "森惠子", ja: "森 恵子" },
    honorific: HON,
    precedence: 3,
    title: { en: "State Minister of Economy, Trade and Industry", zh: "日本经济产业副大臣", ja: "経済産業副大臣" },
    affiliation: { en: "Ministry of Economy, Trade and Industry", zh: "日本经济产业省", ja: "経済産業省" },
  }),
  vipAmbassador: vip("vip-ambassador", {
    name: { en: "Makoto Ueda", zh: "上田诚", ja: "上田 誠" },
    honorific: HE,
    precedence: 4,
    title: { en: "Ambassador of Japan to the People's Republic of China", zh: "日本国驻华大使", ja: "駐中華人民共和国日本国特命全権大使" },
    affiliation: { en: "Embassy of Japan in China", zh: "日本国驻华大使馆", ja: "在中華人民共和国日本国大使館" },
  }),
} satisfies Record<string, DemoPerson>;

export type DemoPersonKey = keyof typeof DEMO_PEOPLE;

export type DemoSessionRole = { session: DemoSessionKey; person: DemoPersonKey; role: SessionRoleKind; position: number };

const r = (session: DemoSessionKey, role: SessionRoleKind, people: DemoPersonKey[]): DemoSessionRole[] =>
  people.map((person, position) => ({ session, person, role, position }));

export const DEMO_SESSION_ROLES: DemoSessionRole[] = [
  ...r("plenary", "HOST", ["hostJinan"]),
  ...r("plenary", "MODERATOR", ["hostTokyo"]),
  ...r("plenary", "SPEAKER", ["viceGovernor", "jceeaChair", "ccpitChair", "osakaCouncil"]),
  ...r("videoMessages", "HOST", ["hostJinan"]),
  ...r("signing", "HOST", ["ccpitChair"]),
  ...r("signing", "MODERATOR", ["hostJinan"]),
  ...r("medical", "MODERATOR", ["osakaCouncil"]),
  ...r("medical", "SPEAKER", ["healthCommission", "medicalCompany"]),
  ...r("equipment", "MODERATOR", ["hostTokyo"]),
  ...r("equipment", "SPEAKER", ["industryDepartment", "equipmentCompany"]),
  ...r("cityJinan", "MODERATOR", ["hostJinan"]),
  ...r("cityJinan", "SPEAKER", ["jinanViceMayor"]),
  ...r("cityQingdao", "MODERATOR", ["hostJinan"]),
  ...r("cityQingdao", "SPEAKER", ["qingdaoCommerce"]),
  ...r("networking", "HOST", ["hostJinan", "hostTokyo"]),
];
