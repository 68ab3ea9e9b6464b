import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../testing/test-database.ts";
import { db } from "../../db/client.ts";
import { createAgreementWorld, type AgreementWorld } from "../../agreements/agreement-test-fixture.ts";
import { inEnglish } from "../../testing/in-english.ts";
import { saveLedgerView } from "./save-ledger-view.ts";
import { deleteLedgerView } from "./delete-ledger-view.ts";
import { listLedgerViews } from "./list-ledger-views.ts";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});

const tables = async () => ({ views: await db().ledgerView.count(), audits: await db().auditLog.count() });
const save = (role: keyof AgreementWorld["actors"], input: Record<string, unknown>) =>
  saveLedgerView(world.actors[role], { organizationId: world.orgId, ...input });

describe("saved views of the ledger", () => {
  it("creates a view of the current filters, stored normalized, then renames the same row (version up)", async () => {
    const created = await save("member", {
      name: "  Overdue medical ",
      query: "?page=3&overdue=1&sector=medical-health&sort=signedAt_desc",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.data).toMatchObject({ name: "Overdue medical", query: "?sector=medical-health&overdue=1", version: 1 });
    const count = await db().ledgerView.count();

    const renamed = await save("member", { viewId: created.data.id, version: 1, name: "Medical, overdue" });
    expect(renamed).toMatchObject({
      ok: true,
      data: { id: created.data.id, name: "Medical, overdue", query: "?sector=medical-health&overdue=1", version: 2 },
    });
    expect(await db().ledgerView.count()).toBe(count);

    const refiltered = await save("member", {
      viewId: created.data.id,
      version: 2,
      name: "Medical, overdue",
      query: "?sector=medical-health",
    });
    expect(refiltered).toMatchObject({ ok: true, data: { query: "?sector=medical-health", version: 3 } });
    expect((await listLedgerViews(world.actors.member, world.orgId)).map((v) => v.name)).toEqual(["Medical, overdue"]);
    const audits = await db().auditLog.count({ where: { entity: "LedgerView", entityId: created.data.id } });
    expect(audits).toBe(3);
  });

  it("a stale version is 'changed by someone else' and changes nothing", async () => {
    const v = await save("owner", { name: "Stale test", query: "" });
    if (!v.ok) throw new Error("not saved");
    expect(await save("owner", { viewId: v.data.id, version: 1, name: "First" })).toMatchObject({ ok: true });
    const stale = inEnglish(await save("owner", { viewId: v.data.id, version: 1, name: "Second" }));
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      message: "This record was changed by someone else since you opened it. Reload to see their changes.",
    });
    expect((await db().ledgerView.findUniqueOrThrow({ where: { id: v.data.id } })).name).toBe("First");
  });

  it("refuses bad input with a message on the field and writes nothing", async () => {
    const before = await tables();
    expect(inEnglish(await save("owner", { name: "   ", query: "" }))).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["Give the view a name"] },
    });
    expect(inEnglish(await save("owner", { name: "Bad", query: "?sector=not-a-sector" }))).toMatchObject({
      ok: false,
      fieldErrors: { query: ["These filters cannot be saved; choose them again on the ledger"] },
    });
    expect(inEnglish(await save("owner", { name: "x".repeat(81), query: "" }))).toMatchObject({ ok: false, code: "invalid" });
    expect(await tables()).toEqual(before);
  });

  it("a name is one view per user: a double submit makes one row; another user may use the same name", async () => {
    const input = { name: "Twice", query: "?overdue=1" };
    const results = await Promise.all([save("owner", input), save("owner", input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(inEnglish(results.find((r) => !r.ok)!)).toMatchObject({ fieldErrors: { name: ["You already have a view with this name"] } });
    expect(await db().ledgerView.count({ where: { name: "Twice", userId: world.actors.owner.id } })).toBe(1);
    expect(await save("viewer", input)).toMatchObject({ ok: true });
  });

  it("another user's view is not found: not listed, renamed or deleted, even by an admin", async () => {
    const v = await save("member", { name: "Private", query: "" });
    if (!v.ok) throw new Error("not saved");
    const before = await tables();
    for (const role of ["owner", "admin", "viewer", "outsider"] as const) {
      expect(await save(role, { viewId: v.data.id, version: 1, name: "Taken over" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await deleteLedgerView(world.actors[role], { viewId: v.data.id, version: 1 })).toMatchObject({ ok: false, code: "not_found" });
      expect((await listLedgerViews(world.actors[role], world.orgId)).map((x) => x.id)).not.toContain(v.data.id);
    }
    expect(await save("outsider", { name: "Outside", query: "" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await save("delegate", { name: "Delegate", query: "" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveLedgerView(null, { organizationId: world.orgId, name: "Anon" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await tables()).toEqual(before);
  });

  it("deletes one's own view with its version; a stale version keeps it", async () => {
    const v = await save("member", { name: "To delete", query: "" });
    if (!v.ok) throw new Error("not saved");
    await save("member", { viewId: v.data.id, version: 1, name: "To delete!" });
    expect(await deleteLedgerView(world.actors.member, { viewId: v.data.id, version: 1 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await deleteLedgerView(world.actors.member, { viewId: v.data.id, version: 2 })).toMatchObject({ ok: true });
    expect(await db().ledgerView.count({ where: { id: v.data.id } })).toBe(0);
  });
});
