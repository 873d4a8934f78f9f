import { describe, expect, it } from "vitest";
import { accountDelaySeconds, ADDRESS_RULE, addressWaitSeconds } from "@/lib/domain/sign-in-throttle";
import { nb } from "@/lib/i18n/nb";

describe("sign-in throttling rules", () => {
  it("holds back an account's answers after five failures: 1 s, doubling, capped", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => accountDelaySeconds(n, 20))).toEqual([0, 0, 1, 2, 4, 8, 16, 20, 20]);
    expect(accountDelaySeconds(1000, 2)).toBe(2);
    // Counts decay continuously: a count just under or over a whole number is that number.
    expect(accountDelaySeconds(4.999, 20)).toBe(1);
    expect(accountDelaySeconds(4.49, 20)).toBe(0);
  });

  it("lets an address try while its bucket has room, and otherwise says how long until it has", () => {
    expect(addressWaitSeconds(0)).toBe(0);
    expect(addressWaitSeconds(ADDRESS_RULE.capacity - 1)).toBe(0);
    expect(addressWaitSeconds(ADDRESS_RULE.capacity)).toBe(ADDRESS_RULE.leakSeconds);
    expect(addressWaitSeconds(ADDRESS_RULE.capacity - 0.5)).toBe(ADDRESS_RULE.leakSeconds / 2);
    expect(addressWaitSeconds(ADDRESS_RULE.capacity - 0.999)).toBe(1);
  });

  it("tells the user in Norwegian how long to wait", () => {
    expect(nb.login.wrongCredentialsDelayed(1)).toBe(
      "Feil e-post eller passord. Etter flere mislykkede forsøk tar det 1 sekund før du får svar neste gang.",
    );
    expect(nb.login.wrongCredentialsDelayed(16)).toContain("16 sekunder");
    expect(nb.login.tooManyFromAddress(45)).toBe("For mange mislykkede innlogginger fra nettverket ditt. Vent 45 sekunder og prøv igjen.");
    expect(nb.login.tooManyFromAddress(60)).toContain("Vent 1 minutt og");
    expect(nb.login.tooManyFromAddress(61)).toContain("Vent 2 minutter og");
  });
});
