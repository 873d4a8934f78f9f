import { serve } from "@/lib/api/route";
import { listPlansRoute } from "@/lib/api/routes/plans";

export const GET = serve(listPlansRoute);
