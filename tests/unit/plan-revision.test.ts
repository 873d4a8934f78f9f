import { describe, expect, it } from "vitest";
import { transition } from "@/lib/domain/plan";
import { planStanding, signoffAllowsSubmit, signoffAwaitsLeader, signoffState, type SignoffFacts } from "@/lib/domain/plan-revision";

describe("revising an approved plan", () => {
  it("starts only from an approved plan, and makes it a draft again", () => {
    expect(transition("APPROVED", "revise")).toBe("DRAFT");
    for (const status of ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] as const) {
      expect(transition(status, "revise")).toBeNull();
    }
  });

  it("runs the same submit and review cycle as the first plan", () => {
    const afterRevise = transition("APPROVED", "revise")!;
    const submitted = transition(afterRevise, "submit")!;
    expect(submitted).toBe("SUBMITTED");
    expect(transition(submitted, "requestChanges")).toBe("CHANGES_REQUESTED");
    expect(transition("CHANGES_REQUESTED", "submit")).toBe("SUBMITTED");
    expect(transition("SUBMITTED", "approve")).toBe("APPROVED");
  });

  it("keeps the approved version valid while the revision runs, and says where the revision stands", () => {
    expect(planStanding({ status: "DRAFT", approvedVersion: null })).toEqual({ validVersion: null, revision: "none" });
    expect(planStanding({ status: "SUBMITTED", approvedVersion: null })).toEqual({ validVersion: null, revision: "none" });
    expect(planStanding({ status: "APPROVED", approvedVersion: 2 })).toEqual({ validVersion: 2, revision: "none" });
    expect(planStanding({ status: "DRAFT", approvedVersion: 2 })).toEqual({ validVersion: 2, revision: "draft" });
    expect(planStanding({ status: "SUBMITTED", approvedVersion: 2 })).toEqual({ validVersion: 2, revision: "submitted" });
    expect(planStanding({ status: "CHANGES_REQUESTED", approvedVersion: 2 })).toEqual({ validVersion: 2, revision: "changesRequested" });
  });
});

describe("the leader's sign-off", () => {
  const facts = (over: Partial<SignoffFacts>): SignoffFacts => ({ requiresLeaderApproval: true, version: 5, signoffStatus: null, signoffVersion: null, ...over });

  it("is not needed when the round does not ask for it", () => {
    const f = facts({ requiresLeaderApproval: false });
    expect(signoffState(f)).toBe("notRequired");
    expect(signoffAllowsSubmit(f)).toBe(true);
    expect(signoffAwaitsLeader(facts({ requiresLeaderApproval: false, signoffStatus: "REQUESTED", signoffVersion: 5 }))).toBe(false);
  });

  it("refuses a submit until the leader has approved exactly this draft version", () => {
    expect(signoffState(facts({}))).toBe("notAsked");
    expect(signoffAllowsSubmit(facts({}))).toBe(false);
    expect(signoffState(facts({ signoffStatus: "REQUESTED", signoffVersion: 5 }))).toBe("requested");
    expect(signoffAllowsSubmit(facts({ signoffStatus: "REQUESTED", signoffVersion: 5 }))).toBe(false);
    expect(signoffState(facts({ signoffStatus: "RETURNED", signoffVersion: 5 }))).toBe("returned");
    expect(signoffAllowsSubmit(facts({ signoffStatus: "RETURNED", signoffVersion: 5 }))).toBe(false);
    expect(signoffState(facts({ signoffStatus: "APPROVED", signoffVersion: 5 }))).toBe("approved");
    expect(signoffAllowsSubmit(facts({ signoffStatus: "APPROVED", signoffVersion: 5 }))).toBe(true);
  });

  it("is void after any edit: an approval of an older draft version does not count", () => {
    const edited = facts({ version: 6, signoffStatus: "APPROVED", signoffVersion: 5 });
    expect(signoffState(edited)).toBe("outdated");
    expect(signoffAllowsSubmit(edited)).toBe(false);
  });

  it("waits for the leader only while the request concerns the draft as it stands", () => {
    expect(signoffAwaitsLeader(facts({ signoffStatus: "REQUESTED", signoffVersion: 5 }))).toBe(true);
    expect(signoffAwaitsLeader(facts({ version: 6, signoffStatus: "REQUESTED", signoffVersion: 5 }))).toBe(false);
    expect(signoffAwaitsLeader(facts({ signoffStatus: "APPROVED", signoffVersion: 5 }))).toBe(false);
  });
});
