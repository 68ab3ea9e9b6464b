import type { OutcomeKind } from "../../server/db/generated/enums.ts";
import type { Text3 } from "./demo-types.ts";

export type DemoOutcome = { id: string; kind: OutcomeKind; sector: string; title: Text3; description: Text3 };

// Established at the event and counted apart from the 17 agreements.
export const DEMO_OUTCOMES: DemoOutcome[] = [
  {
    id: "demo-outcome-01",
    kind: "PROGRAMME",
    sector: "talent",
    title: {
      en: "Shandong–Japan talent exchange programme",
      zh: "山东—日本人才交流计划",
      ja: "山東・日本人材交流プログラム",
    },
    description: {
      en: "Annual exchanges of engineers, care workers and young managers between Shandong and Japanese companies, with internships and joint training.",
      zh: "每年组织山东与日本企业之间的工程师、护理人员和青年管理人员交流，开展实习和联合培训。",
      ja: "山東と日本の企業間で、技術者・介護人材・若手管理職の交流を毎年実施し、研修や共同トレーニングを行います。",
    },
  },
  {
    id: "demo-outcome-02",
    kind: "PLATFORM",
    sector: "technology",
    title: {
      en: "Shandong–Japan technology transfer platform",
      zh: "山东—日本技术转移平台",
      ja: "山東・日本技術移転プラットフォーム",
    },
    description: {
      en: "A standing platform that matches Japanese technologies with Shandong manufacturers and supports licensing, pilots and joint research.",
      zh: "常设平台，对接日本技术与山东制造企业，支持技术许可、中试和联合研发。",
      ja: "日本の技術と山東の製造企業を結び付け、ライセンス供与、試験導入、共同研究を支援する常設のプラットフォームです。",
    },
  },
];
