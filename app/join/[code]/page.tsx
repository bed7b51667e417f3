import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/app/_components/teaching/forms.module.css";
import { JoinClassForm } from "@/app/_components/teaching/JoinClassForm";
import { requireAccount } from "@/app/_server/auth/access";
import { classForCode } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { pageData } from "@/app/_server/http/page-access";

export const metadata: Metadata = { title: "Join a class" };

/**
 * A join link: after signing in (or up), the learner sees which class it opens and joins with one
 * click. Opening the link changes nothing by itself (a GET never does), so a prefetch or a preview
 * cannot enrol anyone.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { account, found } = await pageData(`/join/${encodeURIComponent(code)}`, async () => ({ account: await requireAccount(), found: await classForCode(db(), code) }));
  return (
    <main id="main" className="page">
      <h1>Join a class</h1>
      {!found ? (
        <p>No open class has the code {code}: check it with your teacher.</p>
      ) : account.role !== "learner" ? (
        <p>
          This link is for students of <strong>{found.name}</strong>. You are signed in with a teacher account; students join with
          their own learner accounts.
        </p>
      ) : (
        <>
          <p>
            <strong>{found.name}</strong> <span className={styles.muted}>taught by {found.teacher.name}</span>
          </p>
          <p>Your teacher will see your submissions to the class&apos;s exercises and your predictions. You can leave the class at any time.</p>
          <JoinClassForm code={code} />
        </>
      )}
      <p>
        <Link href="/classes">Your classes</Link>
      </p>
    </main>
  );
}
