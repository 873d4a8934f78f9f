import { serve } from "@/lib/api/route";
import { getSectorPlanRoute } from "@/lib/api/routes/sector-plan";

export const GET = serve(getSectorPlanRoute);
