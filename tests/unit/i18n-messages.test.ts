// Messages made outside a page (Zod's, the data layer's expected errors) are read in the current
// language when they are needed, not fixed in bokmål when the module loads (issue 14).
import { afterEach, describe, expect, it } from "vitest";
import { forbidden, invalid } from "@/lib/data/errors";
import { hiringReportSchema, loginSchema, setPasswordSchema } from "@/lib/domain/schemas";
import { plainText } from "@/lib/domain/text";
import { setLocaleResolver } from "@/lib/i18n/current";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

const speak = (locale: Locale) => setLocaleResolver(() => locale);
afterEach(() => speak(DEFAULT_LOCALE));

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe("messages in the current language", () => {
  it("answers a form's field errors in English when the language is English, in bokmål otherwise", () => {
    const input = { year: 2020, permanentTotal: -1, permanentTarget: 0, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0 };
    speak("en");
    expect(messages(hiringReportSchema(2026).safeParse(input)).join(" ")).toContain("The number cannot be negative.");
    speak("nb");
    expect(messages(hiringReportSchema(2026).safeParse(input)).join(" ")).toContain("Tallet kan ikke være negativt.");
  });

  it("words refinements and cross-field checks in the current language", () => {
    speak("en");
    expect(messages(setPasswordSchema("kari@example.no").safeParse({ password: "aaaaaaaaaaaaa", repeat: "b" }))).toEqual(
      expect.arrayContaining(["The password cannot consist of one and the same character.", "The passwords are not the same. Type the same password twice."]),
    );
    expect(messages(loginSchema.safeParse({ email: "x", password: "" }))).toContain("Wrong e-mail or password.");
    expect(messages(plainText().safeParse("a\u0000b"))[0]).toMatch(/^The text contains an invisible control character/);
  });

  it("gives the data layer's expected errors in the current language", () => {
    speak("en");
    expect(forbidden().message).toBe("You do not have access to this.");
    expect(invalid({}).message).toBe("The form has errors. See the marked fields.");
    speak("nb");
    expect(forbidden().message).toBe("Du har ikke tilgang til dette.");
  });
});
