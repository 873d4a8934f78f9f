"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type ActionResult } from "@/lib/auth/action";
import { changeUserAccess, inviteUser, renewInvitation, setUserActive } from "@/lib/data/users";
import { inviteSchema, userAccessSchema, userIdSchema } from "@/lib/domain/admin-schemas";
import { formatDateTime } from "@/lib/domain/format";
import { currentLocale, localized } from "@/lib/i18n/current";
import { adminUiTexts } from "@/lib/i18n/admin";

export interface InvitationResult {
  name: string;
  email: string;
  /** The one-time link's path; the page shows it with its own origin. */
  path: string;
  expiresAt: string;
}

const t = () => localized(adminUiTexts).userActions;

export const inviteUserAction = defineAction(
  inviteSchema,
  async (input, actor): Promise<ActionResult<InvitationResult>> => {
    const inv = await inviteUser(actor, input);
    revalidatePath("/admin/brukere");
    return {
      ok: true,
      message: t().invited(inv.name, inv.email),
      data: { name: inv.name, email: inv.email, path: inv.path, expiresAt: formatDateTime(inv.expiresAt, currentLocale()) },
    };
  },
  "user.manage",
);

export const renewInvitationAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult<InvitationResult>> => {
    const inv = await renewInvitation(actor, userId);
    revalidatePath(`/admin/brukere/${userId}`);
    return {
      ok: true,
      message: t().renewed(inv.name),
      data: { name: inv.name, email: inv.email, path: inv.path, expiresAt: formatDateTime(inv.expiresAt, currentLocale()) },
    };
  },
  "user.manage",
);

export const changeUserAccessAction = defineAction(
  userAccessSchema,
  async (input, actor): Promise<ActionResult> => {
    const { sessionsEnded } = await changeUserAccess(actor, input);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: t().accessChanged(sessionsEnded) };
  },
  "user.manage",
);

export const deactivateUserAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult> => {
    const { sessionsEnded } = await setUserActive(actor, userId, false);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: t().deactivated(sessionsEnded) };
  },
  "user.manage",
);

export const reactivateUserAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult> => {
    await setUserActive(actor, userId, true);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: t().reactivated };
  },
  "user.manage",
);
