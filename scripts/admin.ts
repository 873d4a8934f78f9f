// npm run admin -- <command> [options]: administration from the command line, for what a fresh
// installation needs before anyone can sign in (the first administrator, the ministries, the audit
// office and the sectors it audits) and for what is outside one ministry's sector. It acts as the
// job principal "admin-cli" through the same lib/data functions as the pages, so every change is
// validated the same way and written with its audit event (the log names "Kommandolinjen").
//
// The database is DATABASE_URL, or the embedded one of `npm start` (.data/pg, port DUGNAD_PG_PORT).
// Run with `node --conditions=react-server --import tsx scripts/admin.ts` (what `npm run admin` does).
import path from "node:path";
import { parseArgs } from "node:util";
import { APP_DATABASE, APP_PG_PORT } from "./lib/app-config";

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  invite --email <e-mail> --name <name> --role <ADMIN|ADVISER|LEADER|AGENCY_HR|AUDITOR> --org <org. number> [--base-url <url>]
      Invites a person: prints the one-time link (valid 72 hours) with which they set their password.
  link --email <e-mail> [--base-url <url>]
      A new one-time link for an invited person who has not signed in yet (earlier links stop working).
  add-ministry --orgnr <org. number> --name <name> --short <short name> --address <postal address>
      Adds a ministry (a sector of its own), e.g. --address "Postboks 8112 Dep, 0032 OSLO".
  add-agency --orgnr <org. number> --name <name> --short <short name> --address <postal address> --ministry <org. number>
      Adds an agency under a ministry (administrators do this in the app, also from a CSV file).
  add-audit-office --orgnr <org. number> --name <name> --short <short name> --address <postal address>
      Adds the audit office (Riksrevisjonen).
  audit --orgnr <audit office org. number> --sector <ministry org. number> [--remove]
      Lets the audit office audit a ministry's sector (or, with --remove, no longer).
  list-users [--org <org. number>]
  list-organisations
  demo-passwords
      Lists the accounts whose password is the demo password (the app will not start in production while there is one).

The base URL of links is --base-url, else APP_URL or AUTH_URL, else http://localhost:3000.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

class UsageError extends Error {}

const OPTIONS = {
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  org: { type: "string" },
  orgnr: { type: "string" },
  short: { type: "string" },
  address: { type: "string" },
  ministry: { type: "string" },
  sector: { type: "string" },
  remove: { type: "boolean" },
  "base-url": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const parseOptions = (args: string[]) => parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }).values;
type Values = ReturnType<typeof parseOptions>;

/** Field names of the forms → the options they come from, for the error messages. */
const OPTION_OF: Record<string, string> = {
  email: "--email",
  name: "--name",
  role: "--role",
  organisationId: "--org",
  orgNumber: "--orgnr",
  shortName: "--short",
  postalAddress: "--address",
  ministryId: "--ministry",
};

function baseUrl(values: { "base-url"?: string }, env: Io["env"]): string {
  const raw = values["base-url"] ?? env.APP_URL ?? env.AUTH_URL ?? "http://localhost:3000";
  try {
    const url = new URL(raw);
    return url.origin + url.pathname.replace(/\/+$/, "");
  } catch {
    throw new UsageError(`--base-url: not a URL: ${raw}`);
  }
}

const required = (values: Record<string, unknown>, ...names: string[]) => {
  const missing = names.filter((n) => typeof values[n] !== "string" || !(values[n] as string).trim());
  if (missing.length) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(", ")}.`);
};

/**
 * Runs one command against the database lib/db.ts connects to (DATABASE_URL must be set before
 * this is called). Returns the exit code: 0 done, 1 refused (the reason printed), 2 usage.
 */
export async function runAdmin(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  let values: Values;
  try {
    values = parseOptions(rest);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (!command || values.help || command === "help") {
    io.out(USAGE);
    return command ? 0 : 2;
  }

  // Loaded here: lib/env.ts reads DATABASE_URL when first imported.
  const { jobPrincipal } = await import("@/lib/access");
  const { isExpectedError } = await import("@/lib/data/errors");
  const orgs = await import("@/lib/data/organisations");
  const users = await import("@/lib/data/users");
  const { inviteSchema, organisationSchema, emailSchema } = await import("@/lib/domain/admin-schemas");
  const { parseUserListQuery } = await import("@/lib/domain/admin-queries");
  const { formatDateTime } = await import("@/lib/domain/format");
  const { adminText: t } = await import("@/lib/i18n/admin-nb");
  const cli = jobPrincipal("admin-cli");

  const organisation = async (option: string, orgNumber: string, kind?: "MINISTRY" | "AUDIT_OFFICE") => {
    const org = await orgs.findOrganisationByOrgNumber(cli, orgNumber);
    if (!org) throw new UsageError(`${option}: no organisation has the number ${orgNumber}.`);
    if (kind && org.kind !== kind) throw new UsageError(`${option}: ${org.name} is not ${kind === "MINISTRY" ? "a ministry" : "the audit office"}.`);
    return org;
  };
  const printInvitation = (inv: { name: string; email: string; path: string; expiresAt: Date }, url: string) => {
    io.out(`One-time link for ${inv.name} <${inv.email}>, valid until ${formatDateTime(inv.expiresAt)} (Norwegian time):`);
    io.out(`${url}${inv.path}`);
  };
  const organisationInput = (v: Values) => {
    required(v, "orgnr", "name", "short", "address");
    return organisationSchema.parse({ orgNumber: v.orgnr, name: v.name, shortName: v.short, postalAddress: v.address });
  };

  try {
    switch (command) {
      case "invite": {
        required(values, "email", "name", "role", "org");
        const url = baseUrl(values, io.env);
        const org = await organisation("--org", values.org!);
        const input = inviteSchema.parse({ email: values.email, name: values.name, role: values.role?.toUpperCase(), organisationId: org.id });
        const inv = await users.inviteUser(cli, input);
        io.out(`Invited ${inv.name} <${inv.email}> as ${input.role} in ${org.name}.`);
        printInvitation(inv, url);
        return 0;
      }
      case "link": {
        required(values, "email");
        const url = baseUrl(values, io.env);
        const id = await users.findUserIdByEmail(cli, emailSchema.parse(values.email));
        if (!id) throw new UsageError(`--email: no user has the e-mail ${values.email}.`);
        printInvitation(await users.renewInvitation(cli, id), url);
        return 0;
      }
      case "add-ministry":
      case "add-audit-office": {
        const input = organisationInput(values);
        const kind = command === "add-ministry" ? "MINISTRY" : "AUDIT_OFFICE";
        await orgs.createTopOrganisation(cli, kind, input);
        io.out(`Added ${kind === "MINISTRY" ? "the ministry" : "the audit office"} ${input.name} (${input.shortName}, ${input.orgNumber}).`);
        return 0;
      }
      case "add-agency": {
        const input = organisationInput(values);
        required(values, "ministry");
        const ministry = await organisation("--ministry", values.ministry!, "MINISTRY");
        await orgs.createAgency(cli, { ...input, ministryId: ministry.id });
        io.out(`Added ${input.name} (${input.shortName}, ${input.orgNumber}) under ${ministry.name}.`);
        return 0;
      }
      case "audit": {
        required(values, "orgnr", "sector");
        const office = await organisation("--orgnr", values.orgnr!, "AUDIT_OFFICE");
        const ministry = await organisation("--sector", values.sector!, "MINISTRY");
        const changed = await orgs.setAudited(cli, office.id, ministry.id, !values.remove);
        const what = values.remove ? "no longer audits" : "audits";
        io.out(changed ? `${office.name} now ${what} ${ministry.name}'s sector.` : `${office.name} already ${what} ${ministry.name}'s sector; nothing changed.`);
        return 0;
      }
      case "list-users": {
        const org = values.org ? await organisation("--org", values.org) : null;
        const query = parseUserListQuery(org ? { virksomhet: org.id } : {}).query;
        for (let side = 1; ; side++) {
          const page = await users.listUsers(cli, { ...query, side });
          if (side === 1) io.out(`${page.total} users`);
          for (const u of page.rows) {
            io.out([u.email, u.name, u.role, u.organisation.shortName, t.userStatus[u.status], u.lastSignInAt ? `last signed in ${formatDateTime(u.lastSignInAt)}` : "never signed in"].join("\t"));
          }
          if (side >= page.pages) break;
        }
        return 0;
      }
      case "list-organisations": {
        const { ministries, agencies, auditOffices } = await orgs.listSectorOrganisations(cli);
        for (const m of ministries) {
          io.out(`${m.orgNumber}\t${m.shortName}\t${m.name} (ministry, ${m.users} users)`);
          for (const a of agencies.filter((x) => x.parentId === m.id)) io.out(`  ${a.orgNumber}\t${a.shortName}\t${a.name} (${a.users} users)`);
        }
        for (const o of auditOffices) io.out(`${o.orgNumber}\t${o.name} (audit office; audits ${o.audits.join(", ") || "no sector"})`);
        return 0;
      }
      case "demo-passwords": {
        const { listAccountsWithDemoPassword } = await import("@/lib/data/demo-accounts");
        const found = await listAccountsWithDemoPassword(cli);
        io.out(`${found.length} account(s) have the demo password`);
        for (const email of found) io.out(email);
        return 0;
      }
      default:
        throw new UsageError(`Unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const { ZodError } = await import("zod");
    if (error instanceof ZodError) {
      for (const issue of error.issues) io.err(`${OPTION_OF[String(issue.path[0])] ?? String(issue.path[0] ?? "")}: ${issue.message}`);
      return 1;
    }
    if (isExpectedError(error)) {
      const fields = Object.entries(error.fieldErrors);
      if (fields.length) for (const [field, messages] of fields) io.err(`${OPTION_OF[field] ?? field}: ${messages.join(" ")}`);
      else io.err(error.message);
      return 1;
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    const { createDatabase, startPostgres } = await import("./lib/postgres");
    const server = await startPostgres("pg", APP_PG_PORT);
    stop = server.stop;
    await createDatabase(server.adminUrl, APP_DATABASE);
    process.env.DATABASE_URL = server.urlFor(APP_DATABASE);
  }
  let code = 1;
  try {
    code = await runAdmin(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/relation .* does not exist|table .* does not exist/i.test(message) ? "The database has no tables yet: run `npm run db:migrate` (or `npm start`) first." : message);
  } finally {
    const { prisma } = await import("@/lib/db");
    await prisma.$disconnect().catch(() => {});
    await stop();
  }
  process.exit(code);
}

const invokedAs = process.argv[1] ? path.basename(process.argv[1]) : "";
if (invokedAs === "admin.ts" || invokedAs === "admin") void main();
