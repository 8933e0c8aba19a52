/** The part of mailauth (dev dependency, no bundled types) the tests use: its DKIM verifier. */
declare module 'mailauth/lib/dkim/verify.js' {
  export interface DkimResult {
    signingDomain?: string;
    selector?: string;
    status: { result: string; comment?: string; header?: Record<string, unknown> };
  }
  export function dkimVerify(
    input: Buffer,
    options: { resolver: (name: string, type: string) => Promise<string[][]>; sender?: string },
  ): Promise<{ results: DkimResult[] }>;
}
