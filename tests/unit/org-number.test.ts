import { describe, expect, it } from "vitest";
import { isValidOrgNumber, normaliseOrgNumber, orgNumberCheckDigit, orgNumberProblem } from "@/lib/domain/org-number";
import { AGENCIES, KMD, RIKSREVISJONEN } from "@/prisma/seed-data/organisations";

describe("organisation number (modulus 11, weights 3 2 7 6 5 4 3 2)", () => {
  it("accepts every organisation number of the demo data", () => {
    for (const org of [KMD, RIKSREVISJONEN, ...AGENCIES]) expect(orgNumberProblem(org.orgNumber), `${org.shortName} ${org.orgNumber}`).toBeNull();
  });

  it("computes the check digit by hand for a known number", () => {
    // Husbanken 974760347: 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 3·3 + 4·2 = 158; 158 mod 11 = 4; 11 − 4 = 7.
    expect(orgNumberCheckDigit("97476034")).toBe(7);
    // A remainder of 0 gives the check digit 0; a remainder of 1 gives no valid number at all.
    expect(orgNumberCheckDigit("91234567")).toBeNull();
    expect(isValidOrgNumber("920000002")).toBe(true);
  });

  it("refuses a wrong check digit, every single-digit change of a valid number, and bad formats", () => {
    expect(orgNumberProblem("974760348")).toBe("checkDigit");
    const valid = "974760347";
    for (let i = 0; i < 9; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(isValidOrgNumber(changed), changed).toBe(false);
      }
    }
    expect(orgNumberProblem("")).toBe("missing");
    expect(orgNumberProblem("   ")).toBe("missing");
    expect(orgNumberProblem("97476034")).toBe("format");
    expect(orgNumberProblem("9747603470")).toBe("format");
    expect(orgNumberProblem("97476034x")).toBe("format");
    expect(orgNumberProblem("912345670")).toBe("checkDigit"); // remainder 1: no check digit exists
  });

  it("takes the number with spaces as it is printed", () => {
    expect(normaliseOrgNumber("974 760 347")).toBe("974760347");
    expect(normaliseOrgNumber("974\u00a0760\u00a0347")).toBe("974760347");
    expect(isValidOrgNumber("974 760 347")).toBe(true);
  });
});
