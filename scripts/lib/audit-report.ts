// Reads `npm audit --json` output. npm prints a report when the registry's advisory service
// answers, and an error object (often with exit code 0) when it does not; the two must not be
// confused, or an unreachable service would pass as "no advisories".
export type Severity = "info" | "low" | "moderate" | "high" | "critical";
export type Finding = { name: string; severity: Severity; titles: string[]; urls: string[] };
export type AuditOutcome =
  | { status: "clean"; counts: Record<Severity, number> }
  | { status: "advisories"; counts: Record<Severity, number>; findings: Finding[] }
  | { status: "unavailable"; reason: string };

const ORDER: Severity[] = ["info", "low", "moderate", "high", "critical"];

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return ORDER.indexOf(severity) >= ORDER.indexOf(threshold);
}

type Via = string | { title?: string; url?: string; severity?: Severity };
type Report = {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name?: string; severity?: Severity; via?: Via[] }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  error?: { summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
};

function parse(text: string): Report | null {
  // npm may print warnings before the JSON; the report is the outermost object.
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end < start) return null;
  try {
    return JSON.parse(text.slice(start, end + 1)) as Report;
  } catch {
    return null;
  }
}

/** Classifies one `npm audit --json` run; advisories below `threshold` do not count. */
export function readAuditReport(text: string, threshold: Severity = "high"): AuditOutcome {
  const report = parse(text);
  if (!report) return { status: "unavailable", reason: "npm audit printed no JSON report" };
  if (report.auditReportVersion !== 2 || !report.metadata?.vulnerabilities) {
    const why = [report.statusCode && `HTTP ${report.statusCode}`, report.message, report.error?.summary].filter(Boolean).join(": ");
    return { status: "unavailable", reason: why || "npm audit returned no advisory report" };
  }
  const counts = Object.fromEntries(ORDER.map((s) => [s, report.metadata?.vulnerabilities?.[s] ?? 0])) as Record<Severity, number>;
  const findings: Finding[] = [];
  for (const [name, vuln] of Object.entries(report.vulnerabilities ?? {})) {
    if (!vuln.severity || !atLeast(vuln.severity, threshold)) continue;
    const direct = (vuln.via ?? []).filter((v): v is Exclude<Via, string> => typeof v === "object");
    findings.push({
      name: vuln.name ?? name,
      severity: vuln.severity,
      titles: direct.map((v) => v.title ?? "").filter(Boolean),
      urls: direct.map((v) => v.url ?? "").filter(Boolean),
    });
  }
  if (findings.length === 0) return { status: "clean", counts };
  findings.sort((a, b) => ORDER.indexOf(b.severity) - ORDER.indexOf(a.severity) || a.name.localeCompare(b.name));
  return { status: "advisories", counts, findings };
}
