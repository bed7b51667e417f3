import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentAccount } from "@/app/_server/auth/identity";
import { homeOf, sameSitePath } from "@/app/_components/auth/next-path";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = sameSitePath((await searchParams).next);
  const account = await currentAccount();
  if (account) redirect(next ?? homeOf(account.role));
  return (
    <main id="main" className="page">
      <h1>Sign in</h1>
      <SignInForm next={next} />
    </main>
  );
}
