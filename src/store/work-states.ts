import type { MessageState, WorkKind } from './types.js';

/** Which state each kind of work claims. */
export function claimedState(kind: WorkKind): MessageState {
  switch (kind) {
    case 'inspect':
      return 'received';
    case 'relay':
      return 'queued';
    case 'release':
      return 'delayed';
    default: {
      const never: never = kind;
      throw new Error(`unknown work kind ${String(never)}`);
    }
  }
}
