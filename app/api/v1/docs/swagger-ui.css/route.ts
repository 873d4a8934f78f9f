import { swaggerAsset } from "@/lib/api/docs-page";

export function GET(): Promise<Response> {
  return swaggerAsset("swagger-ui.css", "text/css; charset=utf-8");
}
