import "server-only";
import { scopeOf, type Principal } from "@/lib/access";
import { verifyPassword } from "@/lib/auth/password-hash";
import { forbidden } from "@/lib/data/errors";
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/domain/demo";

/**
 * The accounts whose password is the demo password (printed in the README): in production the app
 * refuses to start while there is one. Each password hash is checked once: a hash found not to be
 * the demo password is remembered (`passwordCheckedHash`), so later starts check only passwords
 * set since by other means than the app (a password set in the app is refused if it is the demo one).
 */
async function accountsWithDemoPassword(): Promise<string[]> {
  const unchecked = await prisma.user.findMany({
    where: { passwordHash: { not: null } },
    select: { id: true, email: true, passwordHash: true, passwordCheckedHash: true },
  });
  const found: string[] = [];
  await Promise.all(
    unchecked
      .filter((u) => u.passwordHash !== u.passwordCheckedHash)
      .map(async (u) => {
        const result = await verifyPassword(DEMO_PASSWORD, u.passwordHash!);
        if (result.ok) found.push(u.email);
        else await prisma.user.updateMany({ where: { id: u.id, passwordHash: u.passwordHash }, data: { passwordCheckedHash: u.passwordHash } });
      }),
  );
  return found.sort();
}

/** The accounts with the demo password, for whoever manages every user (`npm run admin -- demo-passwords`). */
export async function listAccountsWithDemoPassword(p: Principal): Promise<string[]> {
  if (scopeOf(p, "user.manage") !== "all") throw forbidden();
  return accountsWithDemoPassword();
}

/**
 * Stops the server (at start) when any account has the demo password, saying how many and what
 * to do. The log names no one (no personal data in logs): `npm run admin -- demo-passwords`
 * lists the accounts on the operator's terminal.
 */
export async function refuseToStartWithDemoPasswords(): Promise<void> {
  const found = await accountsWithDemoPassword();
  if (found.length === 0) return;
  console.error(
    `Dugnad will not start: ${found.length} account(s) have the demo password; \`npm run admin -- demo-passwords\` lists them.\n` +
      "This database holds demo data. Use another database for production, or set DUGNAD_DEMO=1 to run it as a demo.",
  );
  process.exit(1);
}
