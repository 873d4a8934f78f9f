import "server-only";
import { z } from "zod";
import { TOKEN_SCOPE_NAMES, type TokenScope } from "@/lib/access";
import { defineApiRoute } from "@/lib/api/route";
import { describeApiToken } from "@/lib/data/api-tokens";

export const tokenInfoSchema = z.object({
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPE_NAMES as [TokenScope, ...TokenScope[]])),
  expiresAt: z.iso.datetime({ offset: true }),
  owner: z.string().meta({ description: "The name of the person the token acts for." }),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.enum(["MINISTRY", "AGENCY", "AUDIT_OFFICE"]) }),
});

export const getTokenInfo = defineApiRoute({
  operationId: "getTokenInfo",
  method: "GET",
  path: "/token",
  summary: "The token itself: its name, scopes, expiry, and the organisation it acts for",
  description: "Where an HR system finds its own agency's id.",
  tags: ["Token"],
  scopes: ["figures:read", "figures:write", "plans:read", "sector:read"],
  permission: "organisation.read",
  response: tokenInfoSchema,
  handler: async ({ actor }) => describeApiToken(actor),
});
