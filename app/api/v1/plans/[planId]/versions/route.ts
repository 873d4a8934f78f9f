import { serve } from "@/lib/api/route";
import { listPlanVersionsRoute } from "@/lib/api/routes/plans";

export const GET = serve(listPlanVersionsRoute);
