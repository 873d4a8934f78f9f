import { serve } from "@/lib/api/route";
import { getAgencyYearFigures, putAgencyYearFigures } from "@/lib/api/routes/figures";

export const GET = serve(getAgencyYearFigures);
export const PUT = serve(putAgencyYearFigures);
