import { serve } from "@/lib/api/route";
import { getPlanVersionPdfRoute } from "@/lib/api/routes/plans";

export const GET = serve(getPlanVersionPdfRoute);
