import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file here; it needs no database. Migrations run through
// scripts/migrate.ts (Prisma's WebAssembly schema engine), see README.md, "Decisions".
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
