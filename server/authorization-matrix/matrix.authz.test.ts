import { vi } from "vitest";
import { MATRIX } from "./matrix.ts";
import { useTestDatabase } from "@/server/testing/test-database";
import { describeAuthorizationMatrix } from "./run-matrix.ts";

// The authorization matrix: every server action and route handler × every caller (entries in
// matrix.ts, expectations from server/access/policy.ts, the run in run-matrix.ts).
vi.mock("@/server/auth/current-user", async (original) => (await import("./request-state.ts")).mockCurrentUser(await original()));
vi.mock("next/headers", async () => (await import("./request-state.ts")).nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./request-state.ts")).nextNavigationMock);
vi.mock("next/cache", async () => (await import("./request-state.ts")).nextCacheMock);
vi.mock("next-intl/server", async () => (await import("./request-state.ts")).nextIntlServerMock);

useTestDatabase();
describeAuthorizationMatrix(MATRIX);
