import type { Text3 } from "./demo-types.ts";

export type DemoOrganization = { id: string; slug: string; name: Text3; country: string };

/** The organizer of the reference event. */
export const DEMO_ORG: DemoOrganization = {
  id: "demo-org-ccpit-shandong",
  slug: "ccpit-shandong",
  country: "CN",
  name: {
    en: "CCPIT Shandong Sub-council",
    zh: "中国国际贸易促进委员会山东省分会",
    ja: "中国国際貿易促進委員会山東省分会",
  },
};

/** A second organization, so tests and e2e have someone whose data must stay out of reach. */
export const DEMO_OTHER_ORG: DemoOrganization = {
  id: "demo-org-jceea",
  slug: "jceea",
  country: "JP",
  name: {
    en: "Japan–China Economic Exchange Association",
    zh: "日中经济交流协会",
    ja: "日中経済交流協会",
  },
};

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [DEMO_ORG, DEMO_OTHER_ORG];
