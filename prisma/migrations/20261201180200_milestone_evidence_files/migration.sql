-- AlterTable
ALTER TABLE "AgreementMilestone" ADD COLUMN     "evidenceFile" VARCHAR(100),
ADD COLUMN     "evidenceFileName" VARCHAR(200),
ADD COLUMN     "evidenceFileSize" INTEGER,
ADD COLUMN     "evidenceFileType" VARCHAR(100);

