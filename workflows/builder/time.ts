/** Step Functions counts timeouts in seconds; the process is described in days. */
export const days = (n: number): number => n * 86_400;
