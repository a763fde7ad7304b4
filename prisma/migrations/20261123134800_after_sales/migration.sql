-- CreateEnum
CREATE TYPE "service_request_kind" AS ENUM ('CANCELLATION', 'REFUND', 'CHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "service_request_status" AS ENUM ('OPEN', 'AWAITING_PAYMENT', 'APPROVED', 'COMPLETED', 'REJECTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "request_message_author" AS ENUM ('TRAVELLER', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "outbox_status" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "order_items" ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "service_requests" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "order_item_id" UUID,
    "kind" "service_request_kind" NOT NULL,
    "status" "service_request_status" NOT NULL DEFAULT 'OPEN',
    "topic" TEXT NOT NULL,
    "clause" TEXT,
    "quote" JSONB,
    "details" JSONB,
    "max_refund_minor" INTEGER,
    "refund_currency" CHAR(3),
    "approved_refund_minor" INTEGER,
    "refund_id" UUID,
    "charge_minor" INTEGER,
    "charge_currency" CHAR(3),
    "charge_payment_id" UUID,
    "due_at" TIMESTAMPTZ(3),
    "opened_by" TEXT NOT NULL,
    "user_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_request_messages" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "author" "request_message_author" NOT NULL,
    "staff_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_request_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule_changes" (
    "id" UUID NOT NULL,
    "carrier" CHAR(2) NOT NULL,
    "flight_number" TEXT NOT NULL,
    "departure_date" DATE NOT NULL,
    "new_departure_at" TIMESTAMPTZ(3) NOT NULL,
    "new_arrival_at" TIMESTAMPTZ(3),
    "note" TEXT NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "orders_notified" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schedule_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fee_schedule_versions" (
    "id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "agreement_version" TEXT NOT NULL,
    "service_fee" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fee_schedule_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "template" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "to_address" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "order_id" UUID,
    "status" "outbox_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "message_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_requests_reference_key" ON "service_requests"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "service_requests_refund_id_key" ON "service_requests"("refund_id");

-- CreateIndex
CREATE INDEX "service_requests_status_due_at_idx" ON "service_requests"("status", "due_at");

-- CreateIndex
CREATE INDEX "service_requests_order_id_created_at_idx" ON "service_requests"("order_id", "created_at");

-- CreateIndex
CREATE INDEX "service_requests_kind_status_idx" ON "service_requests"("kind", "status");

-- CreateIndex
CREATE INDEX "service_request_messages_request_id_created_at_idx" ON "service_request_messages"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "schedule_changes_carrier_flight_number_departure_date_idx" ON "schedule_changes"("carrier", "flight_number", "departure_date");

-- CreateIndex
CREATE UNIQUE INDEX "fee_schedule_versions_version_key" ON "fee_schedule_versions"("version");

-- CreateIndex
CREATE INDEX "fee_schedule_versions_agreement_version_created_at_idx" ON "fee_schedule_versions"("agreement_version", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_messages_order_id_created_at_idx" ON "outbox_messages"("order_id", "created_at");

-- CreateIndex
CREATE INDEX "outbox_messages_to_address_idx" ON "outbox_messages"("to_address");

-- AddForeignKey
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "order_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_request_messages" ADD CONSTRAINT "service_request_messages_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
