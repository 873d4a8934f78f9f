import { redirect } from "next/navigation";
import { homeFor } from "@/components/layout/nav-items";
import { requireActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await requireActor();
  redirect(homeFor(actor));
}
