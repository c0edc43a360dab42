import { type LoadedPlan, type LoadOptions, metaOf, type PlanMeta } from './result.js';
export type { LoadedPlan, LoadOptions, PlanMeta };
export { metaOf };
export declare function loadPlanBytes(bytes: Uint8Array, file: string, options?: LoadOptions): LoadedPlan;
export declare function loadPlanText(text: string, file: string, options?: LoadOptions): LoadedPlan;
