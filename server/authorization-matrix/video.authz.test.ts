import { vi } from "vitest";
import { MATRIX_AREAS } from "./matrix.ts";
import { useTestDatabase } from "@/server/testing/test-database";
import { describeAuthorizationMatrix } from "./run-matrix.ts";

// The authorization matrix for video messages, participants, playback, uploads and stored media (entries in matrix.ts).
vi.mock("@/server/auth/current-user", async (original) => (await import("./request-state.ts")).mockCurrentUser(await original()));
vi.mock("next/headers", async () => (await import("./request-state.ts")).nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./request-state.ts")).nextNavigationMock);
vi.mock("next/cache", async () => (await import("./request-state.ts")).nextCacheMock);
vi.mock("next-intl/server", async () => (await import("./request-state.ts")).nextIntlServerMock);

useTestDatabase();
describeAuthorizationMatrix(MATRIX_AREAS.video);
