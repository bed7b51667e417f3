"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { authClient } from "./auth-client";
import { withNext } from "./next-path";
import styles from "./AccountMenu.module.css";

/** Pages from which signing in should not come back to them. */
const NO_RETURN = new Set(["/", "/sign-in", "/sign-up"]);

/**
 * The header's account corner: links to sign in or up, or the signed-in user's name opening a menu.
 * It always takes the same width (loading, signed out, signed in), so the header never shifts.
 */
export function AccountMenu() {
  const { data: session, isPending } = authClient.useSession();
  const pathname = usePathname();
  if (isPending) return <div className={styles.slot} aria-hidden="true" data-testid="account-loading" />;
  if (!session) {
    const next = NO_RETURN.has(pathname) ? null : pathname;
    return (
      <div className={styles.slot}>
        <Link href={withNext("/sign-in", next)} className={styles.signIn}>
          Sign in
        </Link>
        <Link href={withNext("/sign-up", next)} className={styles.signUp}>
          Sign up
        </Link>
      </div>
    );
  }
  return <SignedInMenu name={session.user.name} />;
}

/** A disclosure (a button with aria-expanded and the list it shows): Escape or a click elsewhere closes it. */
function SignedInMenu({ name }: { name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  async function signOut() {
    setOpen(false);
    await authClient.signOut();
    router.push("/");
    router.refresh();
  }

  const close = () => setOpen(false);
  return (
    <div
      className={styles.slot}
      ref={container}
      // Tabbing out of the open menu closes it, as a click elsewhere does.
      onBlur={(event) => {
        if (open && !container.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        title={name}
      >
        <span className={styles.initial} aria-hidden="true">
          {initialOf(name)}
        </span>
        <span className={styles.name}>{name}</span>
        <span aria-hidden="true" className={styles.chevron}>
          ▾
        </span>
      </button>
      <div id={listId} className={styles.menu} hidden={!open}>
        {/* At phone width the button shows only an initial: the menu says whose it is. */}
        <p className={styles.who}>
          Signed in as <strong>{name}</strong>
        </p>
        <ul>
          <li>
            <Link href="/progress" onClick={close}>
              My progress
            </Link>
          </li>
          <li>
            <Link href="/classes" onClick={close}>
              Classes
            </Link>
          </li>
          <li>
            <Link href="/account" onClick={close}>
              Account
            </Link>
          </li>
          <li className={styles.separated}>
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** The first character of a name as a reader sees it (a whole emoji or accented letter, not half of one). */
function initialOf(name: string): string {
  const [first] = new Intl.Segmenter().segment(name.trim());
  return (first?.segment ?? "?").toUpperCase();
}
