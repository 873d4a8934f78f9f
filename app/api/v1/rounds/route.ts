import { serve } from "@/lib/api/route";
import { listRoundsRoute } from "@/lib/api/routes/rounds";

export const GET = serve(listRoundsRoute);
