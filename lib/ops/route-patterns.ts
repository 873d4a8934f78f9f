// The route pattern of a request path ("/planer/[id]", never "/planer/4f3c…"), for the access log
// and the request metrics: raw URLs would carry ids and make a series per record. The patterns
// come from the build's .next/routes-manifest.json. No "server-only", @/lib/db or @/lib/env here.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestRoute {
  page: string;
  regex: string;
}

export interface RoutesManifest {
  staticRoutes?: ManifestRoute[];
  dynamicRoutes?: ManifestRoute[];
}

/** What a path that matches no route is counted as (a 404, a file of public/). */
export const OTHER_ROUTE = "(other)";

/** A function from a request path (query string allowed, ignored) to its route pattern. */
export function routeMatcher(manifest: RoutesManifest): (url: string) => string {
  const statics = new Map<string, string>();
  for (const route of manifest.staticRoutes ?? []) statics.set(route.page, route.page);
  const dynamics = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (url) => {
    let pathname = url.split(/[?#]/, 1)[0] || "/";
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/image")) return "/_next/image";
    if (pathname.length > 1 && pathname.endsWith("/")) pathname = pathname.slice(0, -1);
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      return OTHER_ROUTE;
    }
    const exact = statics.get(pathname);
    if (exact) return exact;
    for (const route of dynamics) if (route.regex.test(pathname)) return route.page;
    return OTHER_ROUTE;
  };
}

/** The matcher for the build in `dir`/.next (every path is OTHER_ROUTE when there is no build). */
export function routeMatcherForBuild(dir: string): (url: string) => string {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as RoutesManifest);
  } catch {
    return () => OTHER_ROUTE;
  }
}
