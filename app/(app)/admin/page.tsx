import { redirect } from "next/navigation";

/** The administration starts with the users. */
export default function AdminPage() {
  redirect("/admin/brukere");
}
