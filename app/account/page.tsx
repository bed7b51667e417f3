import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MIN_PASSWORD_LENGTH } from "@/app/_server/auth/better-auth";
import { currentAccount } from "@/app/_server/auth/identity";
import { DeleteAccountForm } from "./DeleteAccountForm";
import { EmailForm } from "./EmailForm";
import { NameForm } from "./NameForm";
import { PasswordForm } from "./PasswordForm";
import styles from "./AccountPage.module.css";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const account = await currentAccount();
  if (!account) redirect("/sign-in?next=/account");
  const teacher = account.role === "teacher";
  return (
    <main id="main" className="page">
      <h1>Account</h1>
      <p className={styles.summary}>
        Signed in as <strong>{account.email}</strong>, with a {teacher ? "teacher" : "learner"}&apos;s account.
      </p>

      <section className={styles.section} aria-labelledby="account-name">
        <h2 id="account-name">Name</h2>
        <NameForm current={account.name} />
      </section>

      <section className={styles.section} aria-labelledby="account-email">
        <h2 id="account-email">Email</h2>
        <EmailForm current={account.email} />
      </section>

      <section className={styles.section} aria-labelledby="account-password">
        <h2 id="account-password">Password</h2>
        <PasswordForm email={account.email} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>

      <section className={`${styles.section} ${styles.danger}`} aria-labelledby="account-delete">
        <h2 id="account-delete">Delete account</h2>
        <p>
          Deleting your account deletes everything kept for it: your submissions, drafts, predictions and progress
          {teacher ? ", and the classes you own with their enrollments" : ""}. It cannot be undone.
        </p>
        <DeleteAccountForm />
      </section>
    </main>
  );
}
