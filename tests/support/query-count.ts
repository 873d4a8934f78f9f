import { sqlStatementCount } from "@/lib/db";

/** SQL statements `run` sends (the tests run one at a time, so nothing else is counted). */
export async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const before = sqlStatementCount();
  await run();
  return sqlStatementCount() - before;
}
