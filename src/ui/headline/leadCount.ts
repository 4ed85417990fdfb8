/** How many of the lens's figures lead (shown larger, first, on the first screen). */
export const LEAD_COUNT = 4;
