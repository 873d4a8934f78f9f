import { serve } from "@/lib/api/route";
import { getPlanVersionRoute } from "@/lib/api/routes/plans";

export const GET = serve(getPlanVersionRoute);
