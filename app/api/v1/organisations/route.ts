import { serve } from "@/lib/api/route";
import { listOrganisations } from "@/lib/api/routes/organisations";

export const GET = serve(listOrganisations);
