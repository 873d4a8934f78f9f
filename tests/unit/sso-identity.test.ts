import { describe, expect, it } from "vitest";
import { entraTenant, ssoIdentityOf, ssoRefusalFromSlug, ssoRefusalPath, verifiedEmailOf } from "@/lib/domain/sso-identity";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ENTRA = `https://login.microsoftonline.com/${TENANT}/v2.0`;

describe("the e-mail address a provider vouches for", () => {
  it("is the standard email claim only with email_verified true", () => {
    expect(verifiedEmailOf({ iss: "https://id.example.no", email: "Kari@Example.NO", email_verified: true })).toBe("kari@example.no");
    expect(verifiedEmailOf({ iss: "https://id.example.no", email: "kari@example.no", email_verified: "true" })).toBe("kari@example.no");
    expect(verifiedEmailOf({ iss: "https://id.example.no", email: "kari@example.no", email_verified: false })).toBeNull();
    expect(verifiedEmailOf({ iss: "https://id.example.no", email: "kari@example.no" })).toBeNull();
    expect(verifiedEmailOf({ iss: "https://id.example.no", email: "ikke en adresse", email_verified: true })).toBeNull();
  });

  it("is none from ID-porten or Ansattporten, which send a national id number and a pairwise subject", () => {
    expect(verifiedEmailOf({ iss: "https://test.ansattporten.no", sub: "z9RuQiLefXmJ", pid: "45840375084", name: "NAVN" })).toBeNull();
    expect(verifiedEmailOf({ iss: "https://idporten.no", sub: "qD-kwgr3", pid: "47906701517" })).toBeNull();
  });

  it("from Entra ID (no email_verified) is email, else the UPN, from the tenant's own issuer only", () => {
    const base = { iss: ENTRA, tid: TENANT, sub: "pairwise", oid: "object-id" };
    // email only with xms_edov true (its domain verified by the tenant), else the UPN.
    expect(verifiedEmailOf({ ...base, email: "Kari.Nordmann@kdd.dep.no", xms_edov: true, preferred_username: "kano@kdd.dep.no" })).toBe("kari.nordmann@kdd.dep.no");
    expect(verifiedEmailOf({ ...base, email: "kari@gmail.com", preferred_username: "kano@kdd.dep.no" })).toBe("kano@kdd.dep.no");
    expect(verifiedEmailOf({ ...base, email: "kari@gmail.com" })).toBeNull();
    expect(verifiedEmailOf({ ...base, preferred_username: "Kari.Nordmann@kdd.dep.no" })).toBe("kari.nordmann@kdd.dep.no");
    expect(verifiedEmailOf({ ...base, upn: "kari.nordmann@kdd.dep.no" })).toBe("kari.nordmann@kdd.dep.no");
    // A UPN that is not an address (a phone number) vouches for nothing.
    expect(verifiedEmailOf({ ...base, preferred_username: "+4799999999" })).toBeNull();
    expect(verifiedEmailOf({ ...base, email: "kari@gmail.com", xms_edov: false, preferred_username: "kari@kdd.dep.no" })).toBe("kari@kdd.dep.no");
    // A token from another tenant than the issuer names.
    expect(verifiedEmailOf({ ...base, tid: "00000000-0000-0000-0000-000000000000", preferred_username: "kari@kdd.dep.no" })).toBeNull();
  });

  it("knows Entra's tenant-specific issuers", () => {
    expect(entraTenant(ENTRA)).toBe(TENANT);
    expect(entraTenant("https://login.microsoftonline.com/common/v2.0")).toBeNull();
    expect(entraTenant(`https://login.microsoftonline.com/${TENANT}/`)).toBeNull();
  });
});

describe("the identity", () => {
  it("needs an issuer and a subject", () => {
    expect(ssoIdentityOf({ iss: "https://idporten.no", sub: "abc" })).toEqual({ issuer: "https://idporten.no", subject: "abc", verifiedEmail: null });
    expect(ssoIdentityOf({ iss: "https://idporten.no" })).toBeNull();
    expect(ssoIdentityOf({ sub: "abc" })).toBeNull();
  });
});

describe("the refusal page's reason", () => {
  it("round-trips through the query and falls back to not invited", () => {
    expect(ssoRefusalPath("deactivated")).toBe("/logg-inn/ingen-tilgang?grunn=deaktivert");
    expect(ssoRefusalFromSlug("deaktivert")).toBe("deactivated");
    expect(ssoRefusalFromSlug("<script>")).toBe("notInvited");
    expect(ssoRefusalFromSlug(["deaktivert", "x"])).toBe("notInvited");
  });
});
