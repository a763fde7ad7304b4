/** How many suggestions the place combobox shows at once. */
export const MAX_SHOWN = 8;
