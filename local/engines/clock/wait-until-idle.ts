/**
 * Polls until something is idle on two checks in a row a few milliseconds
 * apart: an execution moving between two states is briefly "not waiting on
 * anything" yet not done, and one check could land in that gap.
 */
export async function waitUntilIdle(isIdle: () => boolean, timeoutMs = 30_000, pollMs = 2): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let idleRounds = 0;
  while (idleRounds < 2) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    idleRounds = isIdle() ? idleRounds + 1 : 0;
    if (Date.now() > deadline) return false;
  }
  return true;
}
