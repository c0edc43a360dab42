/** `plans show <plan>`: one plan in full. */

import type { RenderOptions } from '../../render/options.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type ShowFormat, showFormats } from '../formats.js';
import type { Io } from '../io.js';
import { loadPlanArgument } from '../resolve.js';

export async function runShow(
  arg: string,
  format: ShowFormat,
  io: Io,
  dirFlag: string | undefined,
  render: RenderOptions,
): Promise<CommandResult> {
  const { plan } = await loadPlanArgument(arg, io, dirFlag);
  return { output: (await showFormats[format]())(plan, render), exitCode: exitCodes.ok };
}
