// The API's plans, letters and sector plan (issue 14, part B) from the outside: agency HR makes a
// token with plans:read and followup:write on its token page (axe-scanned), and a system reads the
// agency's plan and its PDF, its letter as DOCX, the current sector plan and the agency's follow-up,
// reports on a measure with the version it read (a stale version: 409 problem), and HR sees the
// report on its follow-up page. Tolerates other specs' data: its own agency, the current plan's first
// measure still open.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createOwnAgency, signInAs, type OwnAgency } from "./own-agency";
import { makeApiToken } from "./api-token";

let own: OwnAgency;

test.beforeAll(async () => {
  own = await createOwnAgency({ requiresLeaderApproval: false, approved: true });
});

test("an agency's system reads its plan, letter and sector plan, and reports its follow-up", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, own.hrEmail);
  const token = await makeApiToken(page, "Plansystemet", [/Lese virksomhetens handlingsplaner/, /Rapportere virksomhetens oppfølging/]);
  await expect(page.getByRole("row", { name: /Plansystemet/ })).toContainText("plans:read, followup:write");
  await expectNoAxeViolations(page);

  const headers = { authorization: `Bearer ${token}` };
  const get = (path: string) => page.request.get(`/api/v1${path}`, { headers });

  // The agency's own plan, approved in version 1, and that version as PDF.
  const plans = await get("/plans");
  expect(plans.status()).toBe(200);
  const list = (await plans.json()).plans as { id: string; agency: { name: string }; approvedVersion: number | null }[];
  expect(list.map((p) => [p.agency.name, p.approvedVersion])).toEqual([[own.agencyName, 1]]);
  const pdf = await get(`/plans/${list[0]!.id}/versions/1/pdf`);
  expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Its letter, as Word.
  const letters = (await (await get("/letters")).json()).letters as { id: string; title: string }[];
  expect(letters.map((l) => l.title)).toEqual([`Tillegg 1 til tildelingsbrev 2031 til ${own.agencyName}`]);
  const docx = await get(`/letters/${letters[0]!.id}/docx`);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect((await docx.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  // The rounds are the ministry's.
  expect((await get("/rounds")).status()).toBe(403);

  // The current sector plan, and the agency's own follow-up of its first open measure.
  const current = await get("/sector-plans/current");
  expect(current.status()).toBe(200);
  const plan = (await current.json()) as { id: string };
  const followUps = (await (await get(`/sector-plans/${plan.id}/follow-ups`)).json()) as { agencies: { agency: { name: string }; measures: { measureId: string; number: string; version: number; ended: boolean }[] }[] };
  expect(followUps.agencies.map((a) => a.agency.name)).toEqual([own.agencyName]);
  const measure = followUps.agencies[0]!.measures.find((m) => !m.ended)!;
  expect(measure.version).toBe(0);
  const comment = `Rapportert fra plansystemet ${own.tag}`;
  const put = (version: number) =>
    page.request.put(`/api/v1/sector-plans/${plan.id}/measures/${measure.measureId}/follow-up`, { headers, data: { version, status: "IN_PROGRESS", comment } });
  const written = await put(0);
  expect(written.status()).toBe(200);
  expect((await written.json()).version).toBe(1);
  const stale = await put(0);
  expect([stale.status(), stale.headers()["content-type"]]).toEqual([409, "application/problem+json"]);
  expect((await stale.json()).currentVersion).toBe(1);

  // HR sees the system's report in its follow-up form, ready to change.
  await page.goto("/oppfolging");
  await expect(page.getByRole("textbox", { name: `Kommentar, tiltak ${measure.number}` })).toHaveValue(comment);
});
