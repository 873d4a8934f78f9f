import { serve } from "@/lib/api/route";
import { listAgencyFigures } from "@/lib/api/routes/figures";

export const GET = serve(listAgencyFigures);
