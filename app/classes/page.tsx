import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/app/_components/teaching/CreateClassForm";
import styles from "@/app/_components/teaching/forms.module.css";
import { JoinClassForm } from "@/app/_components/teaching/JoinClassForm";
import { requireAccount } from "@/app/_server/auth/access";
import { classesJoinedBy, classesTaughtBy } from "@/app/_server/classes/classes";
import { db } from "@/app/_server/db";
import { pageData } from "@/app/_server/http/page-access";

export const metadata: Metadata = { title: "Classes" };

const date = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** A teacher's classes (and a form for a new one); a learner's classes (and a form to join one). */
export default async function ClassesPage() {
  const data = await pageData("/classes", async () => {
    const account = await requireAccount();
    const database = db();
    return account.role === "teacher"
      ? { role: "teacher" as const, classes: await classesTaughtBy(database, account.userId) }
      : { role: "learner" as const, classes: await classesJoinedBy(database, account.userId) };
  });
  if (data.role === "teacher") {
    return (
      <main id="main" className="page">
        <h1>Your classes</h1>
        <CreateClassForm />
        {data.classes.length === 0 ? (
          <p className={styles.muted}>No classes yet: create one, then give your students its join code or link.</p>
        ) : (
          <ul className={styles.list} aria-label="Your classes">
            {data.classes.map((klass) => (
              <li key={klass.id}>
                <Link href={`/classes/${klass.id}`}>{klass.name}</Link>
                <span className={styles.muted}>
                  {klass.archived ? "archived · " : ""}
                  {klass.students} {klass.students === 1 ? "student" : "students"} · code {klass.joinCode}
                  {klass.dueAt ? ` · due ${date(klass.dueAt)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </main>
    );
  }
  return (
    <main id="main" className="page">
      <h1>Your classes</h1>
      <h2>Join a class</h2>
      <p>Type the code your teacher gave you, or open the join link they sent.</p>
      <JoinClassForm />
      {data.classes.length > 0 && (
        <>
          <h2>Classes you are in</h2>
          <ul className={styles.list} aria-label="Classes you are in">
            {data.classes.map((klass) => (
              <li key={klass.id}>
                <Link href={`/classes/${klass.id}`}>{klass.name}</Link>
                <span className={styles.muted}>
                  {klass.teacher}
                  {klass.dueAt ? ` · due ${date(klass.dueAt)}` : ""}
                  {klass.archived ? " · archived" : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
