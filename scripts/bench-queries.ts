// Run by scripts/bench.ts (node --conditions=react-server): the SQL statements one dashboard render
// sends for each benchmark sector: loading the signed-in user, then the dashboard's data, computed
// afresh ("cold") and again from the cache while nothing changed ("warm").
import { loadMember } from "@/lib/data/users";
import { getDashboard } from "@/lib/data/dashboard";
import { prisma, sqlStatementCount } from "@/lib/db";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";

const counts: Record<string, number> = {};
for (const [key, userId] of [["small", "bs-adviser"], ["large", "bl-adviser"]] as const) {
  await loadMember(userId); // warm the connection pool, so connecting is not counted
  for (const run of ["Cold", "Warm"]) {
    const before = sqlStatementCount();
    const actor = await loadMember(userId);
    if (!actor) throw new Error(`No bench user ${userId}`);
    const d = await getDashboard(actor, parseDashboardQuery({}));
    counts[`${key}${run}`] = sqlStatementCount() - before;
    counts[`${key}Agencies`] = d.matches;
  }
}
await prisma.$disconnect();
console.log(JSON.stringify(counts));
