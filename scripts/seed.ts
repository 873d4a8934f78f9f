// Demo data for Dugnad: KMD's sector in 2020–2021 with the addendum round "Handlingsplan for
// inkluderingsdugnaden", its letters, the agencies' action plans in several states, and new
// hires for 2019–2021 (aggregate counts only; 2019 and 2020 closed and published). Texts and figures live in prisma/seed-data/.
//
//   tsx scripts/seed.ts [--url <databaseUrl>]     (default: DATABASE_URL)
//
// Does nothing when the database already has an organisation. `seedDemoData(prisma)` is exported
// for the tests.
import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password-hash";
import { cvGapDefinitionFor } from "../lib/domain/reporting-years";
import { CLOSED_YEARS, HIRING, HIRING_YEARS, POOLED_HTU, REPORTED_AT, REVISED_2019_KARTVERKET } from "../prisma/seed-data/hiring";
import {
  letterBodyFor,
  ROUND_2020_DEADLINE,
  ROUND_2020_TEMPLATE,
  ROUND_2020_TITLE,
  ROUND_2020_YEAR,
} from "../prisma/seed-data/letters-2020";
import { AGENCIES, DEMO_PASSWORD, hrEmail, KMD, RIKSREVISJONEN, USERS } from "../prisma/seed-data/organisations";
import { PLANS_2020, type PlanSeed } from "../prisma/seed-data/plans-2020";
import { COPY_TO_2020, DEFAULT_SENDER_2020, LETTERS_2020, letterTitle2020 } from "../prisma/seed-data/round-2020";
import { transition, type PlanStatus } from "../lib/domain/plan";
import { seedSectorPlan } from "./lib/seed-sector-plan";
import { isPlanComplete, planContentSchema, type PlanContent } from "../lib/domain/plan-content";

export const ALREADY_SEEDED_MESSAGE = "Database already has data; not seeding.";

/**
 * Seeds the demo data in one transaction. Returns false (and changes nothing) when any
 * organisation exists already; with `besideOtherData` (the integration tests, whose database holds
 * other tests' sectors) only when the demo's ministry does.
 */
export async function seedDemoData(prisma: PrismaClient, options: { besideOtherData?: boolean } = {}): Promise<boolean> {
  const existing = () => (options.besideOtherData ? { orgNumber: KMD.orgNumber } : {});
  if ((await prisma.organisation.count({ where: existing() })) > 0) return false;

  // Password hashing is slow on purpose: hash (each with its own salt) before the transaction opens.
  const passwordHashes = await Promise.all(USERS.map(() => hashPassword(DEMO_PASSWORD)));

  return prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction, in case two seeds race.
      if ((await tx.organisation.count({ where: existing() })) > 0) return false;
      await seedInTransaction(tx, passwordHashes);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function seedInTransaction(tx: Prisma.TransactionClient, passwordHashes: string[]): Promise<void> {
  // Organisations
  const kmd = await tx.organisation.create({ data: { kind: "MINISTRY", ...KMD } });
  const orgIdByShortName = new Map<string, string>([[KMD.shortName, kmd.id]]);
  const agencies: { id: string; name: string; shortName: string }[] = [];
  for (const agency of AGENCIES) {
    const created = await tx.organisation.create({ data: { kind: "AGENCY", ...agency, parentId: kmd.id } });
    orgIdByShortName.set(agency.shortName, created.id);
    agencies.push({ id: created.id, name: created.name, shortName: created.shortName });
  }
  const riksrevisjonen = await tx.organisation.create({
    data: { kind: "AUDIT_OFFICE", ...RIKSREVISJONEN, audits: { connect: { id: kmd.id } } },
  });
  orgIdByShortName.set(RIKSREVISJONEN.shortName, riksrevisjonen.id);

  // Users
  const userIdByEmail = new Map<string, string>();
  for (const [i, user] of USERS.entries()) {
    const organisationId = orgIdByShortName.get(user.organisation);
    if (!organisationId) throw new Error(`Unknown organisation ${user.organisation} for ${user.email}`);
    const created = await tx.user.create({
      data: {
        email: user.email,
        name: user.name,
        title: user.title,
        role: user.role,
        organisationId,
        passwordHash: passwordHashes[i]!,
        createdAt: new Date("2020-10-01T08:00:00Z"),
      },
    });
    userIdByEmail.set(user.email, created.id);
  }
  const adviserId = userIdByEmail.get("radgiver@kmd.test")!;

  // The 2020 round, its letters and plans
  const round = await tx.addendumRound.create({
    data: {
      ministryId: kmd.id,
      title: ROUND_2020_TITLE,
      year: ROUND_2020_YEAR,
      deadline: ROUND_2020_DEADLINE,
      body: ROUND_2020_TEMPLATE,
      titleTemplate: `{nummer} til tildelingsbrev {år} til {virksomhet} – ${ROUND_2020_TITLE}`,
      createdById: adviserId,
      createdAt: new Date("2020-10-28T09:00:00Z"),
      sentAt: new Date("2020-10-30T09:00:00Z"),
    },
  });

  for (const agency of agencies) {
    const letter = LETTERS_2020[agency.shortName];
    if (!letter) throw new Error(`No letter for ${agency.shortName}`);
    await tx.letter.create({
      data: {
        roundId: round.id,
        ministryId: kmd.id,
        agencyId: agency.id,
        number: letter.number,
        title: letterTitle2020(letter, agency.name),
        yourRef: null,
        ourRef: letter.ourRef,
        date: letter.date,
        deadline: ROUND_2020_DEADLINE,
        body: letterBodyFor(agency.shortName),
        ...(letter.sender ?? DEFAULT_SENDER_2020),
        copyTo: COPY_TO_2020,
        status: letter.readAt ? "READ" : "SENT",
        // Sent in the morning of the letter's date (Norwegian time).
        sentAt: new Date(letter.date.getTime() + 8 * 60 * 60 * 1000),
        readAt: letter.readAt ?? null,
      },
    });

    const hrUserId = userIdByEmail.get(hrEmail(agency.shortName))!;
    await seedPlan(tx, {
      roundId: round.id,
      createdAt: letter.date,
      agency,
      plan: PLANS_2020[agency.shortName],
      hrUserId,
      adviserId,
      ministryId: kmd.id,
    });
  }

  // The 2021 sector plan and some agencies' follow-up of it
  await seedSectorPlan(tx, {
    ministryId: kmd.id,
    adviserId,
    agencyIdByShortName: orgIdByShortName,
    hrUserIdFor: (shortName) => userIdByEmail.get(hrEmail(shortName))!,
  });

  // New hires 2019–2021
  for (const agency of agencies) {
    const byYear = HIRING[agency.shortName];
    if (!byYear) throw new Error(`No hiring figures for ${agency.shortName}`);
    const hrUserId = userIdByEmail.get(hrEmail(agency.shortName))!;
    for (const year of HIRING_YEARS) {
      const counts = byYear[year];
      if (!counts) continue;
      const revised = REVISED_2019_KARTVERKET.agency === agency.shortName && REVISED_2019_KARTVERKET.year === year;
      const report = await tx.hiringReport.create({
        data: {
          agencyId: agency.id,
          year,
          ...counts,
          cvGapDefinition: cvGapDefinitionFor(year),
          version: revised ? 1 : 0,
          updatedAt: revised ? REVISED_2019_KARTVERKET.revisedAt : REPORTED_AT[year],
          updatedById: hrUserId,
        },
      });
      const first = revised ? REVISED_2019_KARTVERKET.first : counts;
      await tx.auditEvent.create({
        data: {
          at: revised ? REVISED_2019_KARTVERKET.firstAt : REPORTED_AT[year],
          actorId: hrUserId,
          organisationId: agency.id,
          entity: "HiringReport",
          entityId: report.id,
          action: "create",
          after: { year, ...first },
        },
      });
      await tx.hiringRevision.create({
        data: {
          reportId: report.id,
          at: revised ? REVISED_2019_KARTVERKET.firstAt : REPORTED_AT[year],
          actorId: hrUserId,
          reason: "Første rapportering",
          after: { ...first },
        },
      });
      if (revised) {
        await tx.hiringRevision.create({
          data: {
            reportId: report.id,
            at: REVISED_2019_KARTVERKET.revisedAt,
            actorId: hrUserId,
            reason: "En tilsetting i målgruppen var ikke med i første rapport.",
            before: { ...first },
            after: { ...counts },
          },
        });
        await tx.auditEvent.create({
          data: {
            at: REVISED_2019_KARTVERKET.revisedAt,
            actorId: hrUserId,
            organisationId: agency.id,
            entity: "HiringReport",
            entityId: report.id,
            action: "revise",
            before: { ...first },
            after: { year, ...counts },
          },
        });
      }
    }
  }

  // KMD's consent for HTU, with fewer than 5 new hires in 2019 and 2020, to pool those years.
  const pooled = agencies.find((a) => a.shortName === POOLED_HTU.agency)!;
  await tx.poolingConsent.create({
    data: {
      ministryId: kmd.id, agencyId: pooled.id, fromYear: POOLED_HTU.fromYear, toYear: POOLED_HTU.toYear, reason: POOLED_HTU.reason,
      status: "APPROVED", requestedById: userIdByEmail.get(hrEmail(POOLED_HTU.agency)), requestedAt: new Date(POOLED_HTU.grantedAt.getTime() - 7 * 86_400_000),
      grantedById: adviserId, grantedAt: POOLED_HTU.grantedAt,
    },
  });

  // KMD closed 2019 and 2020 after the annual reports: the agencies can no longer change them, and
  // they are the published figures (/offentlig). Recorded as lib/data/hiring.ts setYearClosed does.
  for (const { year, closedAt } of CLOSED_YEARS) {
    await tx.closedYear.create({ data: { ministryId: kmd.id, year, closedAt, closedById: adviserId } });
    await tx.auditEvent.create({
      data: { at: closedAt, actorId: adviserId, organisationId: kmd.id, entity: "ClosedYear", entityId: `${kmd.id}:${year}`, action: "close", after: { year } },
    });
  }

  // Every event of the demo concerns KMD's sector; each concerns the acting organisation unless it
  // names another. Only the demo's own events (the tests seed it beside other sectors' events).
  await tx.$executeRaw`update "AuditEvent" set "sectorIds" = array[${kmd.id}]::text[], "subjectOrganisationId" = coalesce("subjectOrganisationId", "organisationId")
    where cardinality("sectorIds") = 0 and "organisationId" = any(${[...orgIdByShortName.values()]}::text[])`;
}

/**
 * One agency's plan in the round: replays its history the way lib/data/plans.ts records it. Each
 * step is an audit event and bumps ActionPlan.version; a submission freezes the next PlanVersion
 * (it must be complete); a review comments on the latest version. Without a seed the plan is
 * NOT_STARTED, as created with the letter.
 */
async function seedPlan(
  tx: Prisma.TransactionClient,
  args: {
    roundId: string;
    /** When the letter went out: a plan not yet started was created with it. */
    createdAt: Date;
    agency: { id: string; shortName: string };
    plan: PlanSeed | undefined;
    hrUserId: string;
    adviserId: string;
    ministryId: string;
  },
): Promise<void> {
  const { roundId, createdAt, agency, plan, hrUserId, adviserId, ministryId } = args;
  if (!plan) {
    await tx.actionPlan.create({
      data: { roundId, agencyId: agency.id, status: "NOT_STARTED", version: 0, updatedAt: createdAt },
    });
    return;
  }
  const where = (step: string) => `Plan seed for ${agency.shortName}, ${step}`;
  const draft = planContentSchema.parse(plan.content);

  // Work out every step first; the plan row is then created in its final state.
  type Event = Prisma.AuditEventCreateManyInput;
  const events: Omit<Event, "entityId">[] = [];
  const versions: { number: number; content: PlanContent; submittedAt: Date; approvedAt?: Date }[] = [];
  let approvedVersion: number | null = null;
  const comments: { versionNumber: number; element: string; body: string; createdAt: Date }[] = [];
  let status: PlanStatus = "NOT_STARTED";
  let version = 0;
  let content: Prisma.InputJsonValue = {};
  let submittedAt: Date | null = null;
  let updatedById: string | null = null;
  for (let i = 0; i < plan.history.length; i++) {
    const step = plan.history[i]!;
    if (i > 0 && step.at <= plan.history[i - 1]!.at) throw new Error(where(`step ${i + 1}: not after the step before`));
    if (step.action === "requestChanges" || step.action === "approve") {
      const next = transition(status, step.action);
      if (!next) throw new Error(where(`${step.action} is not allowed in ${status}`));
      const versionNumber = versions.at(-1)?.number ?? 0;
      const stepComments = step.comments ?? [];
      // A millisecond apart, so that they read in the order given ("general" last, as reviewPlan stores it).
      for (const [j, c] of stepComments.entries()) {
        comments.push({ versionNumber, ...c, createdAt: new Date(step.at.getTime() + j) });
      }
      events.push({
        at: step.at,
        actorId: adviserId,
        organisationId: ministryId,
        subjectOrganisationId: agency.id,
        sectorIds: [ministryId],
        entity: "ActionPlan",
        action: step.action,
        before: { status },
        after: { status: next, versionNumber, comments: stepComments.map(({ element, body }) => ({ element, body })) },
      });
      if (step.action === "approve" && versions.length > 0) {
        versions.at(-1)!.approvedAt = step.at;
        approvedVersion = versionNumber;
      }
      status = next;
      version += 1;
      continue;
    }
    const saved = planContentSchema.parse(step.content ?? draft);
    const next = transition(status, step.action === "submit" ? "submit" : "save");
    if (!next) throw new Error(where(`${step.action} is not allowed in ${status}`));
    // As the data layer names it: the first save of a plan not started is its "start".
    if (step.action !== "submit" && (step.action === "start") !== (status === "NOT_STARTED")) {
      throw new Error(where(`step ${i + 1}: "start" is the first save of a plan not started, and only that`));
    }
    let submittedVersion: number | undefined;
    if (step.action === "submit") {
      if (!isPlanComplete(saved)) throw new Error(where(`submission ${versions.length + 1} is not complete`));
      submittedVersion = versions.length + 1;
      versions.push({ number: submittedVersion, content: saved, submittedAt: step.at });
      submittedAt = step.at;
    }
    events.push({
      at: step.at,
      actorId: hrUserId,
      organisationId: agency.id,
      subjectOrganisationId: agency.id,
      sectorIds: [ministryId],
      entity: "ActionPlan",
      action: step.action,
      // As the data layer writes them: never the draft's text (the audit log is read outside the agency).
      before: { status, version },
      after: { status: next, version: version + 1, ...(submittedVersion ? { submittedVersion } : {}) },
    });
    status = next;
    version += 1;
    content = saved;
    updatedById = hrUserId;
  }
  if (status !== plan.status) throw new Error(where(`the history ends in ${status}, not ${plan.status}`));
  if (JSON.stringify(content) !== JSON.stringify(draft)) {
    throw new Error(where("the last save is not the working draft"));
  }

  const created = await tx.actionPlan.create({
    data: {
      roundId,
      agencyId: agency.id,
      status,
      version,
      content: draft,
      submittedAt,
      approvedVersion,
      // Every step writes the row (a review too); only the agency's saves set updatedById.
      updatedAt: plan.history.at(-1)?.at ?? createdAt,
      updatedById,
    },
  });
  await tx.auditEvent.createMany({ data: events.map((e) => ({ ...e, entityId: created.id })) });
  await tx.planVersion.createMany({
    data: versions.map((v) => ({ planId: created.id, ...v, submittedById: hrUserId })),
  });
  await tx.planComment.createMany({
    data: comments.map((c) => ({ planId: created.id, ...c, authorId: adviserId })),
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string" } } });
  const connectionString = values.url ?? process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("No database: pass --url <databaseUrl> or set DATABASE_URL.");
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const seeded = await seedDemoData(prisma);
    console.log(seeded ? "Seeded demo data (KMD sector, 2020 round). Demo password: dugnad-demo-2020" : ALREADY_SEEDED_MESSAGE);
  } finally {
    await prisma.$disconnect();
  }
}

const invokedAs = process.argv[1] ? path.basename(process.argv[1]) : "";
if (invokedAs === "seed.ts" || invokedAs === "seed") {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
