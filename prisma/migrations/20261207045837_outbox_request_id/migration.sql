-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "request_id" TEXT;
