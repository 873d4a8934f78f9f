/** Only a path on this site: anything that could leave it ("//x", "/\\x", a URL) becomes "/". */
export function safeLocalPath(next: string | undefined): string {
  if (!next || /[\\\u0000-\u001f]/.test(next)) return "/";
  try {
    const url = new URL(next, "http://dugnad.invalid");
    return url.origin === "http://dugnad.invalid" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
