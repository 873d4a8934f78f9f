// Runs in the browser before the app's modules: Zod set up to parse without eval (see the module).
import { parseWithoutEval } from "@/components/forms/zod-browser";

parseWithoutEval();
