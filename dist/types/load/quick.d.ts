import { type LoadedPlan, type LoadOptions } from './result.js';
/**
 * Either set: the characters YAML forbids (load/text.ts) and the control characters
 * (checks.ts), in one class for one fast scan; tests/unit/quick.test.ts holds it to their union.
 */
export declare const unusualCharacter: RegExp;
/**
 * The quick path alone: the loaded plan when the file is clean, undefined when it must go
 * through the full pipeline (anything reported, or anything js-yaml might read differently).
 */
export declare function tryQuick(bytes: Uint8Array, file: string, options?: LoadOptions): LoadedPlan | undefined;
/**
 * Load a plan: the quick path, and only for a file that is not clean the full located
 * pipeline — which is loaded (with the `yaml` library) only then. Same answer as `loadPlanBytes`.
 */
export declare function loadPlanLazily(bytes: Uint8Array, file: string, options?: LoadOptions): Promise<LoadedPlan>;
