import { serve } from "@/lib/api/route";
import { listFollowUpsRoute } from "@/lib/api/routes/sector-plan";

export const GET = serve(listFollowUpsRoute);
