-- CreateEnum
CREATE TYPE "supplier_booking_state" AS ENUM ('HELD', 'CONFIRMED', 'CANCELLED', 'ORPHANED');

-- CreateTable
CREATE TABLE "supplier_bookings" (
    "id" UUID NOT NULL,
    "hold_id" TEXT NOT NULL,
    "order_item_id" UUID,
    "kind" "product_kind" NOT NULL,
    "supplier" TEXT NOT NULL,
    "remote_id" TEXT,
    "offer_ref" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "state" "supplier_booking_state" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supplier_bookings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "supplier_bookings_hold_id_key" ON "supplier_bookings"("hold_id");

-- CreateIndex
CREATE UNIQUE INDEX "supplier_bookings_remote_id_key" ON "supplier_bookings"("remote_id");

-- CreateIndex
CREATE UNIQUE INDEX "supplier_bookings_idempotency_key_key" ON "supplier_bookings"("idempotency_key");

-- CreateIndex
CREATE INDEX "supplier_bookings_state_updated_at_idx" ON "supplier_bookings"("state", "updated_at");
