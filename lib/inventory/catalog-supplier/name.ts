/** How the built-in catalog signs its offers and holds. */
export const SUPPLIER_NAME = 'karvan-catalog';
