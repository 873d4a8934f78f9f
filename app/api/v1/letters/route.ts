import { serve } from "@/lib/api/route";
import { listLettersRoute } from "@/lib/api/routes/rounds";

export const GET = serve(listLettersRoute);
