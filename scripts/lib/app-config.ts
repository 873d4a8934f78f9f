// Defaults of the local setup (embedded PostgreSQL); DATABASE_URL overrides them.
export const APP_PG_PORT = Number(process.env.DUGNAD_PG_PORT ?? 54329);
export const APP_DATABASE = "dugnad";

/** Where the e2e server leaves the URL of its throwaway database, for the browser tests. */
export const e2eDatabaseFile = (port: number) => `${import.meta.dirname}/../../.data/e2e-${port}.url`;
