"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { apiTokenSchema } from "@/lib/domain/api-tokens";
import { todayInNorway } from "@/lib/domain/format";
import { apiText as t } from "@/lib/i18n/api-nb";

/** Makes a token for oneself; its secret goes back once, to be shown once. */
export async function createApiTokenAction(input: unknown) {
  return defineAction(
    apiTokenSchema(todayInNorway()),
    async (values, actor) => {
      const { secret } = await createApiToken(actor, values);
      revalidatePath("/profil/api-tokener");
      return { ok: true, data: { secret } };
    },
    "apitoken.manage",
  )(input);
}

const revoke = defineAction(
  z.object({ tokenId: z.string().min(1) }),
  async ({ tokenId }, actor) => {
    await revokeApiToken(actor, tokenId);
    revalidatePath("/profil/api-tokener");
    return { ok: true, message: t.list.revokedDone };
  },
  "apitoken.manage",
);

/** Revokes one of one's own tokens. */
export async function revokeApiTokenAction(tokenId: string) {
  return revoke({ tokenId });
}
