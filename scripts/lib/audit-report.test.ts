import { describe, expect, it } from "vitest";
import { readAuditReport } from "./audit-report.ts";

const report = (vulnerabilities: object, counts: object) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe("readAuditReport", () => {
  it("is clean when the report lists nothing", () => {
    expect(readAuditReport(report({}, {}))).toEqual({ status: "clean", counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 } });
  });

  it("ignores advisories below the threshold", () => {
    const out = readAuditReport(report({ a: { name: "a", severity: "moderate", via: [] } }, { moderate: 1 }));
    expect(out.status).toBe("clean");
  });

  it("lists high and critical findings, worst first, with titles from direct advisories", () => {
    const out = readAuditReport(
      report(
        {
          lib: { name: "lib", severity: "high", via: [{ title: "Prototype pollution", url: "https://x.test/1", severity: "high" }] },
          app: { name: "app", severity: "critical", via: ["lib", { title: "RCE", url: "https://x.test/2" }] },
        },
        { high: 1, critical: 1 },
      ),
    );
    expect(out.status).toBe("advisories");
    if (out.status !== "advisories") return;
    expect(out.findings.map((f) => [f.name, f.severity, f.titles])).toEqual([
      ["app", "critical", ["RCE"]],
      ["lib", "high", ["Prototype pollution"]],
    ]);
  });

  it("reads the report after npm's warning lines", () => {
    expect(readAuditReport(`npm warn something\n${report({}, {})}`).status).toBe("clean");
  });

  it("treats npm's error object (advisory service refused) as unavailable, never as clean", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    const out = readAuditReport(refused);
    expect(out).toEqual({ status: "unavailable", reason: expect.stringContaining("HTTP 405") });
  });

  it("treats empty or garbled output as unavailable", () => {
    expect(readAuditReport("").status).toBe("unavailable");
    expect(readAuditReport("{not json").status).toBe("unavailable");
  });
});
