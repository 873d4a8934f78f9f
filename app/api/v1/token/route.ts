import { serve } from "@/lib/api/route";
import { getTokenInfo } from "@/lib/api/routes/token";

export const GET = serve(getTokenInfo);
