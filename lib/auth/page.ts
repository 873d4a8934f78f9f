import "server-only";
import { notFound } from "next/navigation";
import { isExpectedError } from "@/lib/data/errors";

/**
 * For pages: a record the actor may not read is answered as "not found" (no hint that it exists).
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isExpectedError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
