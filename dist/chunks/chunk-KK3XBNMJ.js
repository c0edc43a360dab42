import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/duration.ts
var unitDays = {
  hour: 0.041666666666666664,
  day: 1,
  week: 7,
  month: 30,
  year: 365
}, durationPattern = "^[0-9]+(\\.[0-9]+)? (hour|day|week|month|year)s?$", durationRegex = new RegExp(durationPattern);
function parseDuration(text) {
  if (!durationRegex.test(text)) return;
  let [amount, word] = text.split(" "), unit = word.endsWith("s") ? word.slice(0, -1) : word;
  return { text, days: Number(amount) * unitDays[unit] };
}
function isDuration(v) {
  return typeof v == "object" && v !== null && "days" in v && "text" in v;
}
function isQuantity(v) {
  return typeof v == "object" && v !== null && "text" in v && ("days" in v || "bn" in v);
}

export {
  durationPattern,
  parseDuration,
  isDuration,
  isQuantity
};
