import { serve } from "@/lib/api/route";
import { getLetterDocxRoute } from "@/lib/api/routes/rounds";

export const GET = serve(getLetterDocxRoute);
