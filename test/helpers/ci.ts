/** CI=true (as .ci/run's caller sets it): missing test prerequisites fail instead of skipping. */
export const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
