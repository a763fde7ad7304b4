-- CreateEnum
CREATE TYPE "saved_search_kind" AS ENUM ('FLIGHT', 'HOTEL');

-- CreateEnum
CREATE TYPE "price_alert_reason" AS ENUM ('DROP', 'CEILING');

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "saved_search_kind" NOT NULL,
    "query_key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "ceiling_minor" INTEGER,
    "ceiling_currency" CHAR(3),
    "last_price_minor" INTEGER,
    "last_price_currency" CHAR(3),
    "lowest_comparable_minor" INTEGER,
    "alerted_comparable_minor" INTEGER,
    "last_alerted_at" TIMESTAMPTZ(3),
    "last_checked_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "stop_token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_alerts" (
    "id" UUID NOT NULL,
    "saved_search_id" UUID NOT NULL,
    "reason" "price_alert_reason" NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "previous_comparable_minor" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "price_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_stop_token_hash_key" ON "saved_searches"("stop_token_hash");

-- CreateIndex
CREATE INDEX "saved_searches_expires_at_idx" ON "saved_searches"("expires_at");

-- CreateIndex
CREATE INDEX "saved_searches_last_checked_at_idx" ON "saved_searches"("last_checked_at");

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_user_id_kind_query_key_key" ON "saved_searches"("user_id", "kind", "query_key");

-- CreateIndex
CREATE INDEX "price_alerts_saved_search_id_created_at_idx" ON "price_alerts"("saved_search_id", "created_at");

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_alerts" ADD CONSTRAINT "price_alerts_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
