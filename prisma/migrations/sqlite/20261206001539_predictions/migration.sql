-- CreateTable
CREATE TABLE "Prediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "predictId" TEXT NOT NULL,
    "pythonVersion" TEXT NOT NULL,
    "predicted" TEXT NOT NULL,
    "actual" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Prediction_userId_predictId_idx" ON "Prediction"("userId", "predictId");

-- CreateIndex
CREATE INDEX "Prediction_predictId_idx" ON "Prediction"("predictId");
