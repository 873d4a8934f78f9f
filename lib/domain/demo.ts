/** The password of every demo account: printed in the README, so never a real one (see lib/data/demo-accounts.ts). */
export const DEMO_PASSWORD = "dugnad-demo-2020";
