import { serve } from "@/lib/api/route";
import { getPlanRoute } from "@/lib/api/routes/plans";

export const GET = serve(getPlanRoute);
