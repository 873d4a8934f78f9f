import { serve } from "@/lib/api/route";
import { getLetterPdfRoute } from "@/lib/api/routes/rounds";

export const GET = serve(getLetterPdfRoute);
