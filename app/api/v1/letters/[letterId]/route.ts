import { serve } from "@/lib/api/route";
import { getLetterRoute } from "@/lib/api/routes/rounds";

export const GET = serve(getLetterRoute);
