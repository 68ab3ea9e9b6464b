import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Migrations are applied
// by scripts/db-migrate.ts (see docs/decisions/001-offline-migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/accord" },
});
