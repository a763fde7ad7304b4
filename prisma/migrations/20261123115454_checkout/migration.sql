-- CreateEnum
CREATE TYPE "consent_purpose" AS ENUM ('AGREEMENT', 'DATA_PROCESSING', 'CO_TRAVELLER_DATA', 'MARKETING');

-- CreateEnum
CREATE TYPE "passenger_role" AS ENUM ('FLIGHT_PASSENGER', 'HOTEL_LEAD_GUEST', 'TRANSFER_LEAD_PASSENGER');

-- CreateEnum
CREATE TYPE "passenger_type" AS ENUM ('ADULT', 'CHILD', 'INFANT');

-- CreateEnum
CREATE TYPE "order_hold_status" AS ENUM ('HELD', 'CONFIRMED', 'RELEASED');

-- CreateEnum
CREATE TYPE "promo_discount_type" AS ENUM ('PERCENT', 'FIXED');

-- CreateEnum
CREATE TYPE "assistance_request_status" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "trips" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "cookie_hash" TEXT,
    "promo_code" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trips_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trip_items" (
    "id" UUID NOT NULL,
    "trip_id" UUID NOT NULL,
    "kind" "product_kind" NOT NULL,
    "offer_id" TEXT NOT NULL,
    "offer" JSONB NOT NULL,
    "accepted_amount_minor" INTEGER NOT NULL,
    "accepted_currency" CHAR(3) NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_checkouts" (
    "order_id" UUID NOT NULL,
    "trip_id" UUID,
    "idempotency_key" TEXT NOT NULL,
    "payment_method" "payment_method" NOT NULL,
    "hold_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "paid_at" TIMESTAMPTZ(3),
    "paid_payment_id" UUID,
    "expired_at" TIMESTAMPTZ(3),
    "last_payment_error" TEXT,
    "last_payment_error_at" TIMESTAMPTZ(3),
    "charge_amount_minor" INTEGER NOT NULL,
    "charge_currency" CHAR(3) NOT NULL,
    "promo_code_id" UUID,
    "booker_date_of_birth_enc" TEXT,
    "fee_schedule_version" TEXT NOT NULL,
    "rates" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_checkouts_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "order_passengers" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_item_id" UUID NOT NULL,
    "position" SMALLINT NOT NULL,
    "role" "passenger_role" NOT NULL,
    "type" "passenger_type",
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "gender" "traveller_gender",
    "nationality" CHAR(2),
    "date_of_birth_enc" TEXT,
    "document_number_enc" TEXT,
    "document_number_hash" TEXT,
    "document_expiry" DATE,
    "transfer_details" JSONB,
    "saved_traveller_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_passengers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_flight_reservations" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "passenger_id" UUID NOT NULL,
    "carrier" CHAR(2) NOT NULL,
    "flight_number" TEXT NOT NULL,
    "departure_date" DATE NOT NULL,
    "document_number_hash" TEXT,

    CONSTRAINT "order_flight_reservations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_consents" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "purpose" "consent_purpose" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "version" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'checkout',
    "given_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "order_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_price_lines" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_item_id" UUID NOT NULL,
    "position" SMALLINT NOT NULL,
    "kind" "product_kind" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "provider_cost_minor" INTEGER NOT NULL,
    "discount_minor" INTEGER NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "service_fee_minor" INTEGER NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "service_fee_refundable" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "order_price_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_holds" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_item_id" UUID NOT NULL,
    "kind" "product_kind" NOT NULL,
    "supplier" TEXT NOT NULL,
    "offer_id" TEXT NOT NULL,
    "supplier_ref" TEXT,
    "status" "order_hold_status" NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "released_at" TIMESTAMPTZ(3),
    "documents" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_holds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_events" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "from_status" "order_status",
    "to_status" "order_status" NOT NULL,
    "reason" TEXT NOT NULL,
    "data" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promo_codes" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "discount_type" "promo_discount_type" NOT NULL,
    "percent" DECIMAL(5,2),
    "amount_minor" INTEGER,
    "limit_currency" CHAR(3),
    "kinds" "product_kind"[],
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "max_uses" INTEGER,
    "times_used" INTEGER NOT NULL DEFAULT 0,
    "max_uses_per_customer" INTEGER,
    "minimum_spend_minor" INTEGER,
    "max_discount_minor" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promo_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promo_redemptions" (
    "id" UUID NOT NULL,
    "promo_code_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_key" TEXT NOT NULL,
    "discount" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voided_at" TIMESTAMPTZ(3),

    CONSTRAINT "promo_redemptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assistance_requests" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "trip_id" UUID,
    "contact_email" TEXT NOT NULL,
    "contact_phone_enc" TEXT,
    "locale" TEXT NOT NULL,
    "reasons" TEXT[],
    "itinerary" JSONB NOT NULL,
    "message_enc" TEXT,
    "consent_given_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "assistance_request_status" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assistance_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "trips_user_id_key" ON "trips"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "trips_cookie_hash_key" ON "trips"("cookie_hash");

-- CreateIndex
CREATE INDEX "trips_updated_at_idx" ON "trips"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "trip_items_trip_id_offer_id_key" ON "trip_items"("trip_id", "offer_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_checkouts_idempotency_key_key" ON "order_checkouts"("idempotency_key");

-- CreateIndex
CREATE INDEX "order_checkouts_hold_expires_at_idx" ON "order_checkouts"("hold_expires_at");

-- CreateIndex
CREATE INDEX "order_checkouts_trip_id_idx" ON "order_checkouts"("trip_id");

-- CreateIndex
CREATE INDEX "order_passengers_order_id_idx" ON "order_passengers"("order_id");

-- CreateIndex
CREATE INDEX "order_passengers_order_item_id_idx" ON "order_passengers"("order_item_id");

-- CreateIndex
CREATE INDEX "order_passengers_document_number_hash_idx" ON "order_passengers"("document_number_hash");

-- CreateIndex
CREATE INDEX "order_flight_reservations_carrier_flight_number_idx" ON "order_flight_reservations"("carrier", "flight_number");

-- CreateIndex
CREATE INDEX "order_flight_reservations_document_number_hash_idx" ON "order_flight_reservations"("document_number_hash");

-- CreateIndex
CREATE INDEX "order_flight_reservations_order_id_idx" ON "order_flight_reservations"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_consents_order_id_purpose_key" ON "order_consents"("order_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "order_price_lines_order_item_id_key" ON "order_price_lines"("order_item_id");

-- CreateIndex
CREATE INDEX "order_price_lines_order_id_idx" ON "order_price_lines"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_holds_order_item_id_key" ON "order_holds"("order_item_id");

-- CreateIndex
CREATE INDEX "order_holds_order_id_idx" ON "order_holds"("order_id");

-- CreateIndex
CREATE INDEX "order_holds_status_expires_at_idx" ON "order_holds"("status", "expires_at");

-- CreateIndex
CREATE INDEX "order_events_order_id_at_idx" ON "order_events"("order_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "promo_codes_code_key" ON "promo_codes"("code");

-- CreateIndex
CREATE UNIQUE INDEX "promo_redemptions_order_id_key" ON "promo_redemptions"("order_id");

-- CreateIndex
CREATE INDEX "promo_redemptions_promo_code_id_customer_key_idx" ON "promo_redemptions"("promo_code_id", "customer_key");

-- CreateIndex
CREATE INDEX "assistance_requests_status_created_at_idx" ON "assistance_requests"("status", "created_at");

-- AddForeignKey
ALTER TABLE "trip_items" ADD CONSTRAINT "trip_items_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trips"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_flight_reservations" ADD CONSTRAINT "order_flight_reservations_passenger_id_fkey" FOREIGN KEY ("passenger_id") REFERENCES "order_passengers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promo_redemptions" ADD CONSTRAINT "promo_redemptions_promo_code_id_fkey" FOREIGN KEY ("promo_code_id") REFERENCES "promo_codes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (SQL only: Order, OrderItem and User live in other features' files, so Prisma cannot
-- declare these relations from checkout.prisma without back-relation fields there. The names are the
-- ones Prisma would generate, so declaring the relations later produces no diff. Until then a newly
-- generated migration contains `DROP CONSTRAINT` statements for them: delete those statements.)
ALTER TABLE "order_checkouts" ADD CONSTRAINT "order_checkouts_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_passengers" ADD CONSTRAINT "order_passengers_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_passengers" ADD CONSTRAINT "order_passengers_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "order_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_flight_reservations" ADD CONSTRAINT "order_flight_reservations_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_consents" ADD CONSTRAINT "order_consents_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_price_lines" ADD CONSTRAINT "order_price_lines_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_price_lines" ADD CONSTRAINT "order_price_lines_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "order_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_holds" ADD CONSTRAINT "order_holds_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_holds" ADD CONSTRAINT "order_holds_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "order_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "promo_redemptions" ADD CONSTRAINT "promo_redemptions_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "trips" ADD CONSTRAINT "trips_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
