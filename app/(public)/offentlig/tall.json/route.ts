import { openDataGet } from "../open-data-route";

/** The published figures as JSON (docs/open-data.md). */
export const GET = openDataGet("json");
