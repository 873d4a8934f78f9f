// Defaults of the local setup (embedded PostgreSQL); DATABASE_URL overrides them.
export const APP_PG_PORT = Number(process.env.DUGNAD_PG_PORT ?? 54329);
export const APP_DATABASE = "dugnad";

