import { openDataGet } from "../open-data-route";

/** The published figures as CSV (docs/open-data.md). */
export const GET = openDataGet("csv");
