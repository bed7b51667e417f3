import type { Database } from "../database-client";

/** The email domain of guest users: `.invalid` is reserved (RFC 2606), so no real address has it. */
export const GUEST_EMAIL_DOMAIN = "guest.heapwise.invalid";

export const isGuestEmail = (email: string) => email.toLowerCase().endsWith(`@${GUEST_EMAIL_DOMAIN}`);

export type MergeReport = { submissions: number; drafts: number; predictions: number; lessons: number };

/**
 * Moves everything a guest did into the account they signed up or in with, then deletes the guest, in
 * one transaction: either all of it moves or none does, and a second call (a retried request, two tabs)
 * finds no guest and moves nothing, so nothing is lost or counted twice.
 *
 * Submissions and predictions are a history, so all of them move. A draft and a lesson's progress are
 * one per user and key: where the account has its own, the newer draft wins (it is what the learner
 * typed last) and a lesson stays done from the earlier completion.
 */
export async function mergeGuestInto(database: Database, guestId: string, userId: string): Promise<MergeReport | null> {
  if (guestId === userId) return null;
  return database.$transaction(async (tx) => {
    const guest = await tx.user.findUnique({ where: { id: guestId }, select: { email: true } });
    if (!guest || !isGuestEmail(guest.email)) return null;

    const submissions = await tx.submission.updateMany({ where: { userId: guestId }, data: { userId } });
    const predictions = await tx.prediction.updateMany({ where: { userId: guestId }, data: { userId } });

    let drafts = 0;
    for (const draft of await tx.draft.findMany({ where: { userId: guestId } })) {
      const own = await tx.draft.findUnique({ where: { userId_key: { userId, key: draft.key } } });
      if (own && own.updatedAt >= draft.updatedAt) continue;
      if (own) await tx.draft.delete({ where: { id: own.id } });
      await tx.draft.update({ where: { id: draft.id }, data: { userId } });
      drafts++;
    }

    let lessons = 0;
    for (const progress of await tx.lessonProgress.findMany({ where: { userId: guestId } })) {
      const own = await tx.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId, lessonSlug: progress.lessonSlug } } });
      if (!own) {
        await tx.lessonProgress.update({ where: { id: progress.id }, data: { userId } });
      } else if (progress.completedAt && (!own.completedAt || progress.completedAt < own.completedAt)) {
        await tx.lessonProgress.update({ where: { id: own.id }, data: { completedAt: progress.completedAt } });
      }
      lessons++;
    }

    // The guest's leftovers (drafts the account had newer copies of) go with it.
    await tx.user.delete({ where: { id: guestId } });
    return { submissions: submissions.count, drafts, predictions: predictions.count, lessons };
  });
}
