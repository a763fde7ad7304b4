/**
 * Which supplier serves each product kind. Pages and checkout call `getSuppliers()` and nothing
 * else; plugging in a GDS or a hotel bank means returning its adapter here for that kind.
 */
import { db } from '../db/client';
import { createCatalogSuppliers } from './catalog-supplier';
import type { Suppliers } from './supplier';

let suppliers: Suppliers | undefined;

export function getSuppliers(): Suppliers {
  suppliers ??= createCatalogSuppliers(db);
  return suppliers;
}
