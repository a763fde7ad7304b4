/**
 * Which supplier serves each product kind. Pages and checkout call `getSuppliers()` and nothing
 * else; plugging in a GDS or a hotel bank means returning its adapter here for that kind.
 */
import 'server-only';
import { db } from '../db/client';
import { createCatalogSuppliers } from './catalog-supplier';
import type { Suppliers } from './supplier';

let suppliers: Suppliers | undefined;
let override: Suppliers | undefined;

export function getSuppliers(): Suppliers {
  if (override) return override;
  suppliers ??= createCatalogSuppliers(db);
  return suppliers;
}

/**
 * Tests only: serve every kind from these suppliers (e.g. the catalog with a `confirm` that fails, to
 * exercise Agreement 4.5); `undefined` goes back to the built-in catalog.
 */
export function setSuppliersForTests(replacement: Suppliers | undefined): void {
  override = replacement;
}

/** The built-in catalog suppliers, for a test that wraps one of them. */
export function catalogSuppliers(): Suppliers {
  suppliers ??= createCatalogSuppliers(db);
  return suppliers;
}
