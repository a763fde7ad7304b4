-- CreateEnum
CREATE TYPE "consent_record_purpose" AS ENUM ('BOOKING_PROCESSING', 'CO_TRAVELLER_DATA', 'SPECIAL_CATEGORY_DATA', 'MARKETING_EMAIL', 'COOKIES_PREFERENCES', 'COOKIES_ANALYTICS', 'COOKIES_MARKETING');

-- CreateEnum
CREATE TYPE "consent_record_source" AS ENUM ('CHECKOUT', 'ACCOUNT', 'BANNER', 'COOKIE_SETTINGS', 'EMAIL_LINK', 'POLICY_NOTICE', 'SYSTEM');

-- CreateEnum
CREATE TYPE "data_request_kind" AS ENUM ('ACCESS', 'CORRECTION', 'ERASURE', 'RESTRICTION', 'OBJECTION');

-- CreateEnum
CREATE TYPE "data_request_status" AS ENUM ('UNVERIFIED', 'OPEN', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "data_request_origin" AS ENUM ('DATA_SUBJECT', 'AUTHORITY');

-- CreateEnum
CREATE TYPE "privacy_token_purpose" AS ENUM ('VERIFY_DATA_REQUEST', 'CONFIRM_ACCOUNT_DELETION', 'RESTORE_ACCOUNT');

-- CreateTable
CREATE TABLE "consent_records" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "consent_id" UUID,
    "order_id" UUID,
    "purpose" "consent_record_purpose" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "document" TEXT NOT NULL,
    "policy_version" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source" "consent_record_source" NOT NULL,
    "given_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_source" "consent_record_source",

    CONSTRAINT "consent_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_acknowledgements" (
    "user_id" UUID NOT NULL,
    "document" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_acknowledgements_pkey" PRIMARY KEY ("user_id","document")
);

-- CreateTable
CREATE TABLE "data_requests" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "origin" "data_request_origin" NOT NULL,
    "kind" "data_request_kind" NOT NULL,
    "status" "data_request_status" NOT NULL,
    "user_id" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "order_reference" TEXT,
    "details" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "authority_name" TEXT,
    "authority_reference" TEXT,
    "verified_at" TIMESTAMPTZ(3),
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "handled_by_id" UUID,
    "resolution" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "privacy_tokens" (
    "id" UUID NOT NULL,
    "purpose" "privacy_token_purpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID,
    "data_request_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "privacy_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_disclosures" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_item_id" UUID,
    "recipient_kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "fields" TEXT[],
    "passenger_ids" UUID[],
    "purpose" TEXT NOT NULL,
    "disclosed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_disclosures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_anonymisations" (
    "order_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_anonymisations_pkey" PRIMARY KEY ("order_id")
);

-- CreateIndex
CREATE INDEX "consent_records_user_id_purpose_given_at_idx" ON "consent_records"("user_id", "purpose", "given_at");

-- CreateIndex
CREATE INDEX "consent_records_consent_id_purpose_given_at_idx" ON "consent_records"("consent_id", "purpose", "given_at");

-- CreateIndex
CREATE INDEX "consent_records_order_id_idx" ON "consent_records"("order_id");

-- CreateIndex
CREATE INDEX "consent_records_given_at_idx" ON "consent_records"("given_at");

-- CreateIndex
CREATE UNIQUE INDEX "data_requests_reference_key" ON "data_requests"("reference");

-- CreateIndex
CREATE INDEX "data_requests_status_due_at_idx" ON "data_requests"("status", "due_at");

-- CreateIndex
CREATE INDEX "data_requests_user_id_idx" ON "data_requests"("user_id");

-- CreateIndex
CREATE INDEX "data_requests_email_idx" ON "data_requests"("email");

-- CreateIndex
CREATE UNIQUE INDEX "privacy_tokens_token_hash_key" ON "privacy_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "privacy_tokens_user_id_purpose_idx" ON "privacy_tokens"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "privacy_tokens_expires_at_idx" ON "privacy_tokens"("expires_at");

-- CreateIndex
CREATE INDEX "data_disclosures_order_id_idx" ON "data_disclosures"("order_id");

-- CreateIndex
CREATE INDEX "order_anonymisations_done_at_due_at_idx" ON "order_anonymisations"("done_at", "due_at");

-- AddForeignKey
ALTER TABLE "privacy_tokens" ADD CONSTRAINT "privacy_tokens_data_request_id_fkey" FOREIGN KEY ("data_request_id") REFERENCES "data_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

