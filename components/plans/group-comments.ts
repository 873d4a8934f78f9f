// The ministry's comments by the element they concern (a plain helper: the page calls it on the server).
export function groupComments<T extends { element: string }>(comments: T[]): Record<string, T[]> {
  const by: Record<string, T[]> = {};
  for (const c of comments) (by[c.element] ??= []).push(c);
  return by;
}
