import { serve } from "@/lib/api/route";
import { putFollowUpRoute } from "@/lib/api/routes/sector-plan";

export const PUT = serve(putFollowUpRoute);
