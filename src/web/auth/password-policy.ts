/** Password rules, apart from the hashing library so that checking them loads nothing native. */
export const minPasswordLength = 12;
