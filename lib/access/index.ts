export * from "@/lib/access/grants";
export * from "@/lib/access/principal";
export * from "@/lib/access/authorize";
export * from "@/lib/access/where";
export * from "@/lib/access/figures";
