import "server-only";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/route";
import { listReadableOrganisations } from "@/lib/data/organisations";

export const organisationSchema = z.object({
  id: z.string(),
  kind: z.enum(["MINISTRY", "AGENCY"]),
  name: z.string(),
  shortName: z.string(),
  /** The organisation number of Enhetsregisteret: nine digits. */
  orgNumber: z.string().meta({ description: "Organisasjonsnummer (nine digits)." }),
  /** An agency's ministry; null for a ministry. */
  parentId: z.string().nullable().meta({ description: "The agency's ministry; null for a ministry." }),
});

export const listOrganisations = defineApiRoute({
  operationId: "listOrganisations",
  method: "GET",
  path: "/organisations",
  summary: "The organisations of the sector",
  description: "The ministry of the token owner's sector and its agencies, the ministry first, then the agencies by name.",
  tags: ["Organisations"],
  scopes: ["figures:read", "figures:write", "plans:read", "followup:write", "sector:read"],
  permission: "organisation.read",
  response: z.object({ organisations: z.array(organisationSchema) }),
  handler: async ({ actor }) => ({ organisations: await listReadableOrganisations(actor) }),
});
