import { FileProblem } from '../../config/errors.js';

/** The approver routing file is invalid: `APPROVERS_INVALID at policies/approvers.yaml:12 departments.sales.approvers.0: …` */
export class ApproversError extends FileProblem {
  constructor(message: string, file: string | undefined, key: string, line?: number) {
    super('APPROVERS_INVALID', message, file, key, line);
    this.name = 'ApproversError';
  }
}
