import { swaggerAsset } from "@/lib/api/docs-page";

export function GET(): Promise<Response> {
  return swaggerAsset("swagger-ui-bundle.js", "text/javascript; charset=utf-8");
}
