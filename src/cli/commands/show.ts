/** `plans show <plan>`: one plan in full. */

import type { RenderOptions } from '../../render/options.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type ShowFormat, showFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { loadPlanArgument, withReaffirmed } from '../resolve.js';

export async function runShow(
  arg: string,
  format: ShowFormat,
  io: Io,
  dirFlag: Lookup,
  render: RenderOptions,
  own = false,
): Promise<CommandResult> {
  const { plan } = await loadPlanArgument(arg, io, dirFlag);
  const { plans, warnings } = own
    ? { plans: [plan], warnings: [] }
    : await withReaffirmed([plan], io, dirFlag);
  return {
    output: (await showFormats[format]())(plans[0]!, render),
    exitCode: exitCodes.ok,
    ...(warnings.length ? { stderr: warnings } : {}),
  };
}
