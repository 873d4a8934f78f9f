// An HR system talking to Dugnad's API (issue 14), as a round trip anyone can run against a
// running app: it finds its own agency, reads its figures, writes one year with the version it
// read, reads the year back, and shows that a write with the stale version is refused (409).
// It uses nothing of the app's code: only HTTP, as an outside system would.
//
//   DUGNAD_URL=http://localhost:3000 DUGNAD_TOKEN=dgn_… npx tsx scripts/hr-system-example.ts [year]
//
// The token needs the scopes figures:read and figures:write (Min profil → API-tokener, as agency HR).
// Exit code 0 when every step answered as expected, 1 otherwise.

const base = (process.env.DUGNAD_URL ?? "http://localhost:3000").replace(/\/$/, "") + "/api/v1";
const token = process.env.DUGNAD_TOKEN ?? "";
const year = Number(process.argv[2] ?? new Date().getFullYear() - 1);

interface FigureYear {
  year: number;
  permanentTotal: number;
  permanentTarget: number;
  temporaryTotal: number;
  temporaryTarget: number;
  traineeTotal: number;
  total: number;
  share: number | null;
  version: number;
}

async function call(method: "GET" | "PUT", path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  console.log(`${method} ${path} → ${response.status} ${response.headers.get("content-type")?.split(";")[0] ?? ""}`);
  return { status: response.status, body: parsed };
}

function expectStatus(step: string, got: number, ...want: number[]): void {
  if (!want.includes(got)) {
    console.error(`✗ ${step}: expected ${want.join(" or ")}, got ${got}`);
    process.exit(1);
  }
}

async function main() {
  if (!token.startsWith("dgn_")) {
    console.error("Set DUGNAD_TOKEN to an API token (dgn_…).");
    process.exit(2);
  }
  // 1. Who are we? The token tells its organisation.
  const me = await call("GET", "/token");
  expectStatus("token", me.status, 200);
  const agency = (me.body as { organisation: { id: string; name: string } }).organisation;
  console.log(`  acting for ${agency.name} (${agency.id})`);

  // 2. Every reported year.
  const all = await call("GET", `/agencies/${agency.id}/figures`);
  expectStatus("figures", all.status, 200);
  for (const y of (all.body as { years: FigureYear[] }).years) {
    console.log(`  ${y.year}: ${y.total} new hires, share ${y.share === null ? "–" : (y.share * 100).toFixed(1) + " %"} (version ${y.version})`);
  }

  // 3. The year to write: its version, or null when it is not reported yet.
  const current = await call("GET", `/agencies/${agency.id}/figures/${year}`);
  expectStatus("read year", current.status, 200, 404);
  const before = current.status === 200 ? (current.body as FigureYear) : null;
  const version = before?.version ?? null;
  const figures = {
    permanentTotal: (before?.permanentTotal ?? 20) + 1,
    permanentTarget: (before?.permanentTarget ?? 1) + 1,
    temporaryTotal: before?.temporaryTotal ?? 4,
    temporaryTarget: before?.temporaryTarget ?? 0,
    traineeTotal: before?.traineeTotal ?? 1,
  };

  // 4. Write with the version read.
  const written = await call("PUT", `/agencies/${agency.id}/figures/${year}`, { ...figures, version, reason: before ? "Oppdatert fra HR-systemet" : "" });
  expectStatus("write", written.status, 200);
  const after = written.body as FigureYear;
  console.log(`  wrote ${year}: ${after.total} new hires, version ${version ?? "(new)"} → ${after.version}`);

  // 5. Read it back.
  const back = await call("GET", `/agencies/${agency.id}/figures/${year}`);
  expectStatus("read back", back.status, 200);
  const readBack = back.body as FigureYear;
  if (readBack.version !== after.version || readBack.permanentTotal !== figures.permanentTotal) {
    console.error("✗ read back: the year is not what was written");
    process.exit(1);
  }
  console.log(`  read back ${year}: permanentTotal ${readBack.permanentTotal}, version ${readBack.version}`);

  // 6. Another write with the version from before (someone else saved in between): refused.
  const stale = await call("PUT", `/agencies/${agency.id}/figures/${year}`, { ...figures, permanentTotal: figures.permanentTotal + 5, version, reason: "Utdatert versjon" });
  expectStatus("stale write", stale.status, 409);
  const problem = stale.body as { title: string; detail: string; currentVersion: number };
  console.log(`  conflict as expected: ${problem.title} (current version ${problem.currentVersion}): ${problem.detail}`);
  console.log("✓ round trip complete");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
