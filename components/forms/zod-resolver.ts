// The forms' resolver, with Zod set up for the browser first (./zod-browser.ts).
import "./zod-browser";

export { zodResolver } from "@hookform/resolvers/zod";
