import { requireOwnedClass } from "@/app/_server/auth/access";
import { classCsv } from "@/app/_server/classes/class-csv";
import { classProgress } from "@/app/_server/classes/dashboard";
import { db } from "@/app/_server/db";
import { withAccess } from "@/app/_server/http/access-response";

type Context = { params: Promise<{ id: string }> };

/** The class's progress as CSV, one row per student × exercise, for the class's teacher. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  return withAccess(async () => {
    const database = db();
    const { owned } = await requireOwnedClass(database, id);
    const csv = classCsv(await classProgress(database, owned));
    // The file is named for the class, in characters every file system and header takes.
    const name = owned.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "class";
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-progress.csv"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
