// The administration's and the sector plan's validation messages and the audit log's summaries
// follow the reader's language, read when they are needed; bokmål stays the default.
import { afterEach, describe, expect, it } from "vitest";
import { inviteSchema } from "@/lib/domain/admin-schemas";
import { auditKindLabel, summariseAuditEvent } from "@/lib/domain/audit-summary";
import { newSectorPlanSchema } from "@/lib/domain/sector-plan";
import { setLocaleResolver } from "@/lib/i18n/current";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

const speak = (locale: Locale) => setLocaleResolver(() => locale);
afterEach(() => speak(DEFAULT_LOCALE));

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("messages in the current language", () => {
  it("the invitation form answers in the language of the moment, not of module load", () => {
    const bad = { email: "ikke-en-adresse", name: "Kari", role: "AGENCY_HR", organisationId: "!" };
    expect(messages(inviteSchema.safeParse(bad))).toContain("Skriv en gyldig e-postadresse, for eksempel navn@virksomhet.no.");
    speak("en");
    expect(messages(inviteSchema.safeParse(bad))).toEqual(["Enter a valid e-mail address, for example name@agency.no.", "Choose an organisation from the list."]);
  });

  it("the sector plan's year is asked for in English", () => {
    speak("en");
    expect(messages(newSectorPlanSchema.safeParse({ year: 1900, title: "Plan" })).join(" ")).toContain("Enter a year between 2018 and 2100.");
  });

  it("the audit log's summaries follow the given language", () => {
    const e = { entity: "User", action: "changeAccess", before: { role: "ADMIN" }, after: { name: "Kari", role: "ADVISER" } };
    expect(auditKindLabel("ActionPlan", "submit")).toBe("Handlingsplan sendt inn");
    expect(auditKindLabel("ActionPlan", "submit", "en")).not.toBe("Handlingsplan sendt inn");
    expect(summariseAuditEvent(e, "en")[1]).toMatch(/^Role: /);
    expect(summariseAuditEvent(e)[1]).toMatch(/^Rolle: /);
  });
});
