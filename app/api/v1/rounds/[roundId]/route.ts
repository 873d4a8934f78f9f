import { serve } from "@/lib/api/route";
import { getRoundRoute } from "@/lib/api/routes/rounds";

export const GET = serve(getRoundRoute);
