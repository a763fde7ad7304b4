-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "catalog_cabin" AS ENUM ('ECONOMY', 'BUSINESS');

-- CreateEnum
CREATE TYPE "catalog_board" AS ENUM ('RO', 'BB', 'HB', 'FB', 'AI');

-- CreateEnum
CREATE TYPE "catalog_cancellation" AS ENUM ('NON_REFUNDABLE', 'FREE_UNTIL');

-- CreateEnum
CREATE TYPE "catalog_penalty" AS ENUM ('FIRST_NIGHT', 'PERCENT');

-- CreateEnum
CREATE TYPE "catalog_vehicle_class" AS ENUM ('MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7', 'PREMIUM_MINIBUS_6', 'MINIBUS_10', 'MINIBUS_13', 'MINIBUS_16', 'MINIBUS_19', 'BUSINESS', 'PREMIUM');

-- CreateEnum
CREATE TYPE "catalog_product_kind" AS ENUM ('FLIGHT', 'HOTEL', 'TRANSFER');

-- CreateEnum
CREATE TYPE "catalog_hold_status" AS ENUM ('HELD', 'CONFIRMED', 'RELEASED');

-- CreateTable
CREATE TABLE "cities" (
    "id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_az" TEXT NOT NULL,
    "name_kk" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "has_hotels" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "airports" (
    "code" CHAR(3) NOT NULL,
    "city_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_az" TEXT NOT NULL,
    "name_kk" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "airports_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "airlines" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "low_cost" BOOLEAN NOT NULL,

    CONSTRAINT "airlines_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "fare_families" (
    "id" INTEGER NOT NULL,
    "airline_code" CHAR(2) NOT NULL,
    "cabin" "catalog_cabin" NOT NULL,
    "code" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "checked_bags" SMALLINT NOT NULL,
    "checked_bag_kg" SMALLINT NOT NULL,
    "cabin_bag_kg" SMALLINT NOT NULL,
    "refundable" BOOLEAN NOT NULL,
    "refund_penalty_minor" INTEGER,
    "changeable" BOOLEAN NOT NULL,
    "change_fee_minor" INTEGER,
    "rank" SMALLINT NOT NULL,

    CONSTRAINT "fare_families_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flight_routes" (
    "id" INTEGER NOT NULL,
    "airline_code" CHAR(2) NOT NULL,
    "flight_number" TEXT NOT NULL,
    "origin" CHAR(3) NOT NULL,
    "destination" CHAR(3) NOT NULL,
    "days" SMALLINT[],
    "departure_time" CHAR(5) NOT NULL,
    "block_minutes" SMALLINT NOT NULL,
    "distance_km" INTEGER NOT NULL,
    "aircraft" TEXT NOT NULL,

    CONSTRAINT "flight_routes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flight_segments" (
    "id" INTEGER NOT NULL,
    "route_id" INTEGER NOT NULL,
    "airline_code" CHAR(2) NOT NULL,
    "flight_number" TEXT NOT NULL,
    "origin" CHAR(3) NOT NULL,
    "destination" CHAR(3) NOT NULL,
    "departure_date" DATE NOT NULL,
    "departure_at" TIMESTAMPTZ(3) NOT NULL,
    "arrival_at" TIMESTAMPTZ(3) NOT NULL,
    "departure_minute_local" SMALLINT NOT NULL,
    "duration_minutes" SMALLINT NOT NULL,
    "aircraft" TEXT NOT NULL,

    CONSTRAINT "flight_segments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fares" (
    "id" INTEGER NOT NULL,
    "segment_id" INTEGER NOT NULL,
    "fare_family_id" INTEGER NOT NULL,
    "cabin" "catalog_cabin" NOT NULL,
    "booking_class" CHAR(1) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "base_minor" INTEGER NOT NULL,
    "tax_minor" INTEGER NOT NULL,
    "seats_left" INTEGER NOT NULL,

    CONSTRAINT "fares_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hotels" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "stars" SMALLINT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "time_zone" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "check_in_time" CHAR(5) NOT NULL,
    "check_out_time" CHAR(5) NOT NULL,
    "amenities" TEXT[],
    "photos" JSONB NOT NULL,
    "review_score" SMALLINT NOT NULL,

    CONSTRAINT "hotels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "room_types" (
    "id" INTEGER NOT NULL,
    "hotel_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "max_occupancy" SMALLINT NOT NULL,
    "beds" TEXT NOT NULL,
    "size_m2" SMALLINT NOT NULL,
    "base_allotment" SMALLINT NOT NULL,
    "base_price_minor" INTEGER NOT NULL,

    CONSTRAINT "room_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_plans" (
    "id" INTEGER NOT NULL,
    "room_type_id" INTEGER NOT NULL,
    "hotel_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "board" "catalog_board" NOT NULL,
    "cancellation" "catalog_cancellation" NOT NULL,
    "free_until_days" SMALLINT,
    "penalty" "catalog_penalty",
    "penalty_percent" SMALLINT,
    "price_factor_bp" INTEGER NOT NULL,
    "board_supplement_minor" INTEGER NOT NULL,

    CONSTRAINT "rate_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "room_nights" (
    "room_type_id" INTEGER NOT NULL,
    "night" DATE NOT NULL,
    "allotment" SMALLINT NOT NULL,
    "sold" SMALLINT NOT NULL,
    "price_minor" INTEGER NOT NULL,

    CONSTRAINT "room_nights_pkey" PRIMARY KEY ("room_type_id","night")
);

-- CreateTable
CREATE TABLE "transfer_zones" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_az" TEXT NOT NULL,
    "name_kk" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "transfer_zones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_routes" (
    "id" INTEGER NOT NULL,
    "airport_code" CHAR(3) NOT NULL,
    "zone_id" INTEGER NOT NULL,
    "distance_km" INTEGER NOT NULL,
    "duration_minutes" SMALLINT NOT NULL,
    "currency" CHAR(3) NOT NULL,

    CONSTRAINT "transfer_routes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_prices" (
    "route_id" INTEGER NOT NULL,
    "vehicle_class" "catalog_vehicle_class" NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,

    CONSTRAINT "transfer_prices_pkey" PRIMARY KEY ("route_id","vehicle_class")
);

-- CreateTable
CREATE TABLE "transfer_fleet" (
    "airport_code" CHAR(3) NOT NULL,
    "vehicle_class" "catalog_vehicle_class" NOT NULL,
    "vehicles" SMALLINT NOT NULL,
    "daily_capacity" SMALLINT NOT NULL,

    CONSTRAINT "transfer_fleet_pkey" PRIMARY KEY ("airport_code","vehicle_class")
);

-- CreateTable
CREATE TABLE "transfer_day_loads" (
    "airport_code" CHAR(3) NOT NULL,
    "vehicle_class" "catalog_vehicle_class" NOT NULL,
    "service_date" DATE NOT NULL,
    "booked" SMALLINT NOT NULL,

    CONSTRAINT "transfer_day_loads_pkey" PRIMARY KEY ("airport_code","vehicle_class","service_date")
);

-- CreateTable
CREATE TABLE "catalog_holds" (
    "hold_id" TEXT NOT NULL,
    "kind" "catalog_product_kind" NOT NULL,
    "offer_id" TEXT NOT NULL,
    "status" "catalog_hold_status" NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "fare_ids" INTEGER[],
    "seats" SMALLINT,
    "room_type_id" INTEGER,
    "check_in" DATE,
    "check_out" DATE,
    "rooms" SMALLINT,
    "airport_code" CHAR(3),
    "vehicle_class" "catalog_vehicle_class",
    "service_date" DATE,
    "documents" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "released_at" TIMESTAMPTZ(3),

    CONSTRAINT "catalog_holds_pkey" PRIMARY KEY ("hold_id")
);

-- CreateIndex
CREATE INDEX "airports_city_id_idx" ON "airports"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "fare_families_airline_code_code_key" ON "fare_families"("airline_code", "code");

-- CreateIndex
CREATE UNIQUE INDEX "flight_routes_flight_number_key" ON "flight_routes"("flight_number");

-- CreateIndex
CREATE INDEX "flight_segments_origin_destination_departure_at_idx" ON "flight_segments"("origin", "destination", "departure_at");

-- CreateIndex
CREATE INDEX "flight_segments_origin_departure_date_idx" ON "flight_segments"("origin", "departure_date");

-- CreateIndex
CREATE UNIQUE INDEX "flight_segments_flight_number_departure_date_key" ON "flight_segments"("flight_number", "departure_date");

-- CreateIndex
CREATE INDEX "fares_segment_id_cabin_idx" ON "fares"("segment_id", "cabin");

-- CreateIndex
CREATE UNIQUE INDEX "hotels_slug_key" ON "hotels"("slug");

-- CreateIndex
CREATE INDEX "hotels_city_id_stars_idx" ON "hotels"("city_id", "stars");

-- CreateIndex
CREATE UNIQUE INDEX "room_types_hotel_id_code_key" ON "room_types"("hotel_id", "code");

-- CreateIndex
CREATE INDEX "rate_plans_hotel_id_idx" ON "rate_plans"("hotel_id");

-- CreateIndex
CREATE UNIQUE INDEX "rate_plans_room_type_id_code_key" ON "rate_plans"("room_type_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "transfer_zones_slug_key" ON "transfer_zones"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "transfer_routes_airport_code_zone_id_key" ON "transfer_routes"("airport_code", "zone_id");

-- CreateIndex
CREATE INDEX "catalog_holds_status_expires_at_idx" ON "catalog_holds"("status", "expires_at");

-- AddForeignKey
ALTER TABLE "airports" ADD CONSTRAINT "airports_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fare_families" ADD CONSTRAINT "fare_families_airline_code_fkey" FOREIGN KEY ("airline_code") REFERENCES "airlines"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flight_routes" ADD CONSTRAINT "flight_routes_airline_code_fkey" FOREIGN KEY ("airline_code") REFERENCES "airlines"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flight_segments" ADD CONSTRAINT "flight_segments_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "flight_routes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flight_segments" ADD CONSTRAINT "flight_segments_airline_code_fkey" FOREIGN KEY ("airline_code") REFERENCES "airlines"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flight_segments" ADD CONSTRAINT "flight_segments_origin_fkey" FOREIGN KEY ("origin") REFERENCES "airports"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flight_segments" ADD CONSTRAINT "flight_segments_destination_fkey" FOREIGN KEY ("destination") REFERENCES "airports"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fares" ADD CONSTRAINT "fares_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "flight_segments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fares" ADD CONSTRAINT "fares_fare_family_id_fkey" FOREIGN KEY ("fare_family_id") REFERENCES "fare_families"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotels" ADD CONSTRAINT "hotels_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "room_types" ADD CONSTRAINT "room_types_hotel_id_fkey" FOREIGN KEY ("hotel_id") REFERENCES "hotels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_room_type_id_fkey" FOREIGN KEY ("room_type_id") REFERENCES "room_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_hotel_id_fkey" FOREIGN KEY ("hotel_id") REFERENCES "hotels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "room_nights" ADD CONSTRAINT "room_nights_room_type_id_fkey" FOREIGN KEY ("room_type_id") REFERENCES "room_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_zones" ADD CONSTRAINT "transfer_zones_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_routes" ADD CONSTRAINT "transfer_routes_airport_code_fkey" FOREIGN KEY ("airport_code") REFERENCES "airports"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_routes" ADD CONSTRAINT "transfer_routes_zone_id_fkey" FOREIGN KEY ("zone_id") REFERENCES "transfer_zones"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_prices" ADD CONSTRAINT "transfer_prices_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "transfer_routes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_fleet" ADD CONSTRAINT "transfer_fleet_airport_code_fkey" FOREIGN KEY ("airport_code") REFERENCES "airports"("code") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Inventory can never go negative or past the allotment, whatever the code does (no overselling).
ALTER TABLE "fares" ADD CONSTRAINT "fares_seats_left_check" CHECK ("seats_left" >= 0);
ALTER TABLE "room_nights" ADD CONSTRAINT "room_nights_sold_check" CHECK ("sold" >= 0 AND "sold" <= "allotment");
ALTER TABLE "transfer_day_loads" ADD CONSTRAINT "transfer_day_loads_booked_check" CHECK ("booked" >= 0);
