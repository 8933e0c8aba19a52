import type { Command } from 'commander';
import { registerPolicyCommands } from './policy-commands.js';
import { registerUserCommands } from '../web/cli/user.js';
import { registerDirectoryCommands } from '../directory/cli.js';

/** Commands of the later stages; each registers itself with the program. */
export const registerCommands: Array<(program: Command, setExit: (code: number) => void) => void> = [registerPolicyCommands, registerUserCommands, registerDirectoryCommands];
