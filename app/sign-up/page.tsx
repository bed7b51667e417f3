import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MIN_PASSWORD_LENGTH } from "@/app/_server/auth/better-auth";
import { currentAccount } from "@/app/_server/auth/identity";
import { homeOf, sameSitePath } from "@/app/_components/auth/next-path";
import { SignUpForm } from "./SignUpForm";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = sameSitePath((await searchParams).next);
  const account = await currentAccount();
  // Someone already signed in has nothing to do here.
  if (account) redirect(next ?? homeOf(account.role));
  return (
    <main id="main" className="page">
      <h1>Create an account</h1>
      <SignUpForm next={next} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
