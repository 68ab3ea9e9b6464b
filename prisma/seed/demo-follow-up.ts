import type { SeedDb } from "./demo-types.ts";

// What happened to the 17 demo projects after the signing (issue 19): some started
// construction, some have their funds in place, a few are completed, two milestones are
// overdue. The closing report's follow-up rates and the project ledger read these rows;
// server/ledger/follow-up-rates.test.ts recounts them with SQL.

type M = [typeKey: string, dueOn: string, doneOn: string | null];
type DemoFollowUp = {
  key: string;
  owner?: boolean;
  milestones: M[];
  funds?: [currency: string, committedMinor: bigint, receivedMinor: bigint][];
};

const yuan = (n: number) => BigInt(n) * 100n;
const dollars = (n: number) => BigInt(n) * 100n;
const yen = (n: number) => BigInt(n);

export const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    key: "01",
    owner: true,
    milestones: [
      ["contract_signed", "2020-10-31", "2020-10-20"],
      ["construction_started", "2021-03-31", "2021-03-18"],
      ["funds_in_place", "2021-06-30", "2021-06-01"],
      ["completed", "2022-06-30", "2022-05-26"],
    ],
    funds: [["CNY", yuan(80_000_000), yuan(80_000_000)]],
  },
  {
    key: "02",
    owner: true,
    milestones: [
      ["land_secured", "2020-12-31", "2020-12-10"],
      ["construction_started", "2021-06-30", "2021-07-15"],
      ["operation_started", "2023-04-30", null],
    ],
    funds: [["JPY", yen(1_200_000_000), yen(700_000_000)]],
  },
  {
    key: "03",
    milestones: [
      ["contract_signed", "2020-09-30", "2020-09-28"],
      ["completed", "2021-12-31", "2021-11-30"],
    ],
    funds: [["USD", dollars(6_500_000), dollars(6_500_000)]],
  },
  {
    key: "05",
    owner: true,
    milestones: [
      ["approvals", "2021-03-31", "2021-04-20"],
      ["construction_started", "2021-09-30", "2021-10-08"],
      ["funds_in_place", "2022-03-31", "2022-02-15"],
    ],
    funds: [["USD", dollars(30_000_000), dollars(30_000_000)]],
  },
  { key: "06", milestones: [["construction_started", "2021-05-31", "2021-05-20"]], funds: [["CNY", yuan(150_000_000), yuan(90_000_000)]] },
  {
    key: "08",
    owner: true,
    milestones: [
      ["land_secured", "2021-01-31", "2021-01-25"],
      ["construction_started", "2021-08-31", "2021-09-01"],
      ["funds_in_place", "2022-06-30", "2022-06-20"],
      ["completed", "2023-12-31", "2023-12-01"],
    ],
    funds: [["CNY", yuan(260_000_000), yuan(260_000_000)]],
  },
  {
    key: "09",
    milestones: [
      ["contract_signed", "2020-11-30", "2020-11-02"],
      ["operation_started", "2021-10-31", null],
    ],
    funds: [["JPY", yen(380_000_000), yen(120_000_000)]],
  },
  { key: "12", milestones: [["approvals", "2021-02-28", null]], funds: [["CNY", yuan(35_000_000), yuan(0)]] },
  {
    key: "13",
    owner: true,
    milestones: [
      ["approvals", "2021-06-30", "2021-06-11"],
      ["construction_started", "2022-03-31", "2022-04-06"],
      ["funds_in_place", "2022-12-31", "2022-12-20"],
    ],
    funds: [["JPY", yen(2_000_000_000), yen(2_000_000_000)]],
  },
];

/** Milestones, funds and follow-up owners of the demo agreements (fixed keys: re-running adds nothing). */
export async function writeDemoFollowUp(tx: SeedDb, ownerUserId: string) {
  const agreementId = (key: string) => `demo-agreement-${key}`;
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  await tx.agreementMilestone.createMany({
    data: DEMO_FOLLOW_UPS.flatMap((f) =>
      f.milestones.map(([typeKey, dueOn, doneOn]) => ({
        id: `demo-milestone-${f.key}-${typeKey}`,
        agreementId: agreementId(f.key),
        typeKey,
        dueOn: day(dueOn),
        doneOn: doneOn ? day(doneOn) : null,
      })),
    ),
    skipDuplicates: true,
  });
  await tx.agreementFund.createMany({
    data: DEMO_FOLLOW_UPS.flatMap((f) =>
      (f.funds ?? []).map(([currency, committedMinor, receivedMinor]) => ({
        agreementId: agreementId(f.key),
        currency,
        committedMinor,
        receivedMinor,
      })),
    ),
    skipDuplicates: true,
  });
  await tx.agreementFollowUp.createMany({
    data: DEMO_FOLLOW_UPS.filter((f) => f.owner).map((f) => ({ agreementId: agreementId(f.key), ownerId: ownerUserId })),
    skipDuplicates: true,
  });
}
