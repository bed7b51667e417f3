-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN     "defaultPython" TEXT NOT NULL DEFAULT '3.14',
ADD COLUMN     "pythonVersions" TEXT NOT NULL DEFAULT '3.11,3.12,3.13,3.14';
