import { serve } from "@/lib/api/route";
import { getCurrentSectorPlanRoute } from "@/lib/api/routes/sector-plan";

export const GET = serve(getCurrentSectorPlanRoute);
