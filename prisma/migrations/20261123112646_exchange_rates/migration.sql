-- CreateTable
CREATE TABLE "exchange_rates" (
    "as_of" DATE NOT NULL,
    "base" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rate" DECIMAL(18,8) NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "exchange_rates_pkey" PRIMARY KEY ("as_of","base","currency")
);
