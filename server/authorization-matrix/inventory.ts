import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Every public entry point of the app, found in the source rather than listed by hand:
// each exported function of a "use server" module (app/**/actions.ts and any other file
// whose first statement is the directive) and each exported HTTP method of a route
// handler (app/**/route.ts). Keys look like "app/organizer/people/actions.ts#createPersonAction"
// and "app/api/media/[file]/route.ts#GET".

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const SCANNED = ["app", "components", "server", "lib"];
const SOURCE = /\.(ts|tsx)$/;

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated" && !entry.name.startsWith(".")) walk(root, rel, out);
    } else if (SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(rel);
    }
  }
}

function parse(root: string, file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, false);
}

/** True when the first of these statements is the "use server" directive. */
function startsWithUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  const first = statements[0];
  return Boolean(
    first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server",
  );
}

/** True when the module's first statement is the "use server" directive. */
export const isUseServerModule = (source: ts.SourceFile) => startsWithUseServer(source.statements);

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Names of the module's runtime (non-type) exports. */
export function runtimeExports(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const s of source.statements) {
    if (ts.isFunctionDeclaration(s) && isExported(s) && s.name) names.push(s.name.text);
    else if (ts.isVariableStatement(s) && isExported(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (ts.isClassDeclaration(s) && isExported(s) && s.name) names.push(s.name.text);
    else if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (ts.isExportAssignment(s)) names.push("default");
  }
  return names;
}

export type InventoryKey = { key: string; file: string; exportName: string; kind: "action" | "route" | "inline-action" };

/**
 * Functions with their own "use server" directive (inline server actions in a component).
 * They are endpoints too; the matrix has no way to call them, so the inventory test refuses them.
 */
export function inlineServerActions(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && startsWithUseServer(node.body.statements)) {
      found.push(
        `inline:${node.name && ts.isIdentifier(node.name) ? node.name.text : "anonymous"}@${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`,
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every key of the app under `root`, sorted by file. */
export function discoverInventory(root = process.cwd()): InventoryKey[] {
  const files: string[] = [];
  for (const dir of SCANNED) walk(root, dir, files);
  const keys: InventoryKey[] = [];
  for (const file of files.sort()) {
    const isRoute = file.startsWith("app/") && /\/route\.tsx?$/.test(file);
    const isActionsFile = file.startsWith("app/") && /\/actions\.tsx?$/.test(file);
    // Cheap pre-check before parsing: only files that mention the directive can hold server actions.
    if (!isRoute && !isActionsFile && !readFileSync(path.join(root, file), "utf8").includes("use server")) continue;
    const source = parse(root, file);
    for (const name of inlineServerActions(source)) keys.push({ key: `${file}#${name}`, file, exportName: name, kind: "inline-action" });
    if (isRoute) {
      for (const name of runtimeExports(source)) {
        if ((HTTP_METHODS as readonly string[]).includes(name))
          keys.push({ key: `${file}#${name}`, file, exportName: name, kind: "route" });
      }
    } else if (isActionsFile || isUseServerModule(source)) {
      for (const name of runtimeExports(source)) keys.push({ key: `${file}#${name}`, file, exportName: name, kind: "action" });
    }
  }
  return keys;
}
