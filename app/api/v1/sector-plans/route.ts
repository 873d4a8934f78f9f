import { serve } from "@/lib/api/route";
import { listSectorPlansRoute } from "@/lib/api/routes/sector-plan";

export const GET = serve(listSectorPlansRoute);
