import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  badgePoint,
  buildMapGeometry,
  decodeRegions,
  drawnRegions,
  interiorPoint,
  isoByFileName,
  projectAlbers,
  regionPath
} from "./chunk-QNMAVJ7S.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-AZZC4ZFI.js";
export {
  badgePoint,
  buildMapGeometry,
  decodeRegions,
  drawnRegions,
  interiorPoint,
  isoByFileName,
  projectAlbers,
  regionPath
};
