import { expect, test } from "./fixtures";

test("GET /api/health answers while the app runs (liveness)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
