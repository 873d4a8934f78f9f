import "server-only";
import { authorize, type Principal } from "@/lib/access";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// The demo's caught e-mail (scripts/lib/mail-catcher.ts): what users would receive, shown in demo
// mode only, so a newcomer sees it. Outside demo mode there is nothing here (and no page).

export interface CaughtMailItem {
  id: string;
  receivedAt: Date;
  to: string;
  subject: string;
  text: string;
}

export async function listCaughtMail(p: Principal, options: { to?: string } = {}): Promise<CaughtMailItem[]> {
  authorize(p, "demomail.read");
  if (!env.DUGNAD_DEMO) return [];
  return prisma.caughtMail.findMany({
    where: options.to ? { to: { contains: options.to, mode: "insensitive" } } : {},
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: { id: true, receivedAt: true, to: true, subject: true, text: true },
  });
}
