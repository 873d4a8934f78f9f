import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { BYPASS_HEADER, isCacheable } from "@/lib/page-cache";

const PAGE_LOAD = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "sec-fetch-dest": "document" };
const request = (path: string, headers: Record<string, string> = PAGE_LOAD, method = "GET") =>
  new NextRequest(`http://localhost:3000${path}`, { headers, method });

describe("which requests the page cache may answer", () => {
  it("answers full loads of the dashboard, with any filter", () => {
    expect(isCacheable(request("/dashbord"))).toBe(true);
    expect(isCacheable(request("/dashbord?aar=2020&sorter=andel"))).toBe(true);
  });

  it("leaves every other page, method and client navigation to the app", () => {
    expect(isCacheable(request("/tall"))).toBe(false);
    expect(isCacheable(request("/dashbord", PAGE_LOAD, "POST"))).toBe(false);
    // The router's data requests and prefetches: fetch() asks for anything, not a document.
    expect(isCacheable(request("/dashbord", { accept: "*/*", "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isCacheable(request("/dashbord", { accept: "text/html", "sec-fetch-dest": "empty" }))).toBe(false);
    // The inner request that renders a missed page.
    expect(isCacheable(request("/dashbord", { ...PAGE_LOAD, [BYPASS_HEADER]: "render" }))).toBe(false);
  });
});
