import "server-only";
import { notFound, redirect } from "next/navigation";
import { AccessDenied } from "../auth/access";

/**
 * Loads a page's data and turns a refusal into what a browser expects: nobody signed in goes to the
 * sign-in page and comes back here after (`path`); a page that is not theirs is a 404, as if it did not
 * exist. Next's redirect and notFound work by throwing, so they are called outside the try.
 */
export async function pageData<T>(path: string, load: () => Promise<T>): Promise<T> {
  let denied: AccessDenied;
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    denied = error;
  }
  if (denied.status === 401) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  notFound();
}
