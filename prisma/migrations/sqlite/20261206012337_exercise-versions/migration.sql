-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Exercise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "lessonSlug" TEXT,
    "contentHash" TEXT NOT NULL,
    "pythonVersions" TEXT NOT NULL DEFAULT '3.11,3.12,3.13,3.14',
    "defaultPython" TEXT NOT NULL DEFAULT '3.14',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Exercise" ("contentHash", "id", "lessonSlug", "title", "updatedAt") SELECT "contentHash", "id", "lessonSlug", "title", "updatedAt" FROM "Exercise";
DROP TABLE "Exercise";
ALTER TABLE "new_Exercise" RENAME TO "Exercise";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
